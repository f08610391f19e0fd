-- (V7, partial request-id and event-id indexes, is SQLite's alone: PostgreSQL keeps full indexes and its statistics.)
-- Entries per gateway, provider, model, success and cached flag, kept with the inserts and deletes: the total of a
-- logs list filtered only by provider, model, success and / or cached equality is a sum of a few rows instead of a
-- count over millions. Replaces log_counts_by_model (V6), which it refines. NULL provider or model is stored as ''.
CREATE TABLE log_counts_by_outcome (
  account_id TEXT NOT NULL,
  gateway_id TEXT NOT NULL,
  provider   TEXT NOT NULL,
  model      TEXT NOT NULL,
  success    INTEGER NOT NULL,
  cached     INTEGER NOT NULL,
  n          BIGINT NOT NULL,
  PRIMARY KEY (account_id, gateway_id, provider, model, success, cached)
);

INSERT INTO log_counts_by_outcome (account_id, gateway_id, provider, model, success, cached, n)
SELECT account_id, gateway_id, COALESCE(provider, ''), COALESCE(model, ''), CASE WHEN success THEN 1 ELSE 0 END,
  CASE WHEN cached THEN 1 ELSE 0 END, COUNT(*)
FROM logs
GROUP BY account_id, gateway_id, COALESCE(provider, ''), COALESCE(model, ''), success, cached;

DROP TABLE log_counts_by_model;
