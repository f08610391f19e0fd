-- Entries per gateway, provider and model, kept with the inserts and deletes like log_counts, so that the
-- total of a logs list filtered only by provider and / or model is a sum of a few rows instead of a count
-- over millions. NULL provider or model is stored as ''.
CREATE TABLE log_counts_by_model (
  account_id TEXT NOT NULL,
  gateway_id TEXT NOT NULL,
  provider   TEXT NOT NULL,
  model      TEXT NOT NULL,
  n          BIGINT NOT NULL,
  PRIMARY KEY (account_id, gateway_id, provider, model)
);

INSERT INTO log_counts_by_model (account_id, gateway_id, provider, model, n)
SELECT account_id, gateway_id, COALESCE(provider, ''), COALESCE(model, ''), COUNT(*)
FROM logs
GROUP BY account_id, gateway_id, COALESCE(provider, ''), COALESCE(model, '');
