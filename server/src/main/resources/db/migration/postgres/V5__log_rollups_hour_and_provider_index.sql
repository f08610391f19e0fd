-- Hourly analytics rollups beside the per-minute ones: hour and day buckets over long ranges read
-- about 60 times fewer rows. bucket is in minutes since the epoch, aligned to the hour.
CREATE TABLE log_rollups_hour (
  account_id TEXT NOT NULL,
  gateway_id TEXT NOT NULL,
  bucket     BIGINT NOT NULL,
  provider   TEXT NOT NULL,
  model      TEXT NOT NULL,
  requests   BIGINT NOT NULL,
  errors     BIGINT NOT NULL,
  cached     BIGINT NOT NULL,
  tokens_in  BIGINT NOT NULL,
  tokens_out BIGINT NOT NULL,
  cost_pico  BIGINT NOT NULL,
  PRIMARY KEY (account_id, gateway_id, bucket, provider, model)
);
CREATE INDEX log_rollups_hour_by_time ON log_rollups_hour (account_id, bucket);

INSERT INTO log_rollups_hour (account_id, gateway_id, bucket, provider, model, requests, errors, cached, tokens_in,
    tokens_out, cost_pico)
SELECT account_id, gateway_id, (bucket / 60) * 60, provider, model, SUM(requests), SUM(errors), SUM(cached),
    SUM(tokens_in), SUM(tokens_out), SUM(cost_pico)
FROM log_rollups
GROUP BY account_id, gateway_id, (bucket / 60) * 60, provider, model;

-- The logs list filtered by provider (the most common filter), newest first.
CREATE INDEX logs_by_gateway_provider_time ON logs (account_id, gateway_id, provider, created_at);
