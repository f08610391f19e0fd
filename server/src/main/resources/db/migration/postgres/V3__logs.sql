CREATE TABLE logs (
  id                     TEXT PRIMARY KEY,
  account_id             TEXT NOT NULL,
  gateway_id             TEXT NOT NULL,
  request_id             TEXT NOT NULL,
  event_id               TEXT NOT NULL,
  created_at             BIGINT NOT NULL,
  provider               TEXT,
  model                  TEXT,
  model_type             TEXT,
  method                 TEXT,
  path                   TEXT,
  attempt                BIGINT NOT NULL,
  step                   BIGINT,
  duration               BIGINT NOT NULL,
  status_code            BIGINT,
  success                BOOLEAN NOT NULL,
  cached                 BOOLEAN NOT NULL,
  tokens_in              BIGINT,
  tokens_out             BIGINT,
  cache_read_tokens      BIGINT,
  cache_write_tokens     BIGINT,
  cost_pico              BIGINT,
  custom_cost            BOOLEAN NOT NULL,
  metadata               TEXT,
  request_type           TEXT,
  request_content_type   TEXT,
  response_content_type  TEXT,
  request_size           BIGINT NOT NULL,
  response_size          BIGINT NOT NULL,
  request_head_complete  BOOLEAN,
  response_head_complete BOOLEAN,
  user_agent             TEXT,
  authentication         BOOLEAN NOT NULL,
  error                  TEXT,
  feedback               BIGINT,
  score                  DOUBLE PRECISION,
  dlp_action             TEXT,
  guardrail              TEXT
);
CREATE INDEX logs_by_gateway_time ON logs (account_id, gateway_id, created_at);
CREATE INDEX logs_by_request ON logs (request_id);
CREATE INDEX logs_by_event ON logs (gateway_id, event_id);

CREATE TABLE log_payloads (
  log_id        TEXT PRIMARY KEY,
  request_body  BYTEA,
  response_body BYTEA
);

CREATE TABLE log_metadata (
  log_id TEXT NOT NULL,
  key    TEXT NOT NULL,
  value  TEXT,
  PRIMARY KEY (log_id, key)
);
CREATE INDEX log_metadata_by_key ON log_metadata (key, value);

CREATE TABLE log_counts (
  account_id TEXT NOT NULL,
  gateway_id TEXT NOT NULL,
  n          BIGINT NOT NULL,
  PRIMARY KEY (account_id, gateway_id)
);

CREATE TABLE log_rollups (
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
CREATE INDEX log_rollups_by_time ON log_rollups (account_id, bucket);
