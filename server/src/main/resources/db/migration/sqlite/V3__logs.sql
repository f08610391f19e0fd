CREATE TABLE logs (
  id                     TEXT PRIMARY KEY,
  account_id             TEXT NOT NULL,
  gateway_id             TEXT NOT NULL,
  request_id             TEXT NOT NULL,
  event_id               TEXT NOT NULL,
  created_at             INTEGER NOT NULL,
  provider               TEXT,
  model                  TEXT,
  model_type             TEXT,
  method                 TEXT,
  path                   TEXT,
  attempt                INTEGER NOT NULL,
  step                   INTEGER,
  duration               INTEGER NOT NULL,
  status_code            INTEGER,
  success                INTEGER NOT NULL,
  cached                 INTEGER NOT NULL,
  tokens_in              INTEGER,
  tokens_out             INTEGER,
  cache_read_tokens      INTEGER,
  cache_write_tokens     INTEGER,
  cost_pico              INTEGER,
  custom_cost            INTEGER NOT NULL,
  metadata               TEXT,
  request_type           TEXT,
  request_content_type   TEXT,
  response_content_type  TEXT,
  request_size           INTEGER NOT NULL,
  response_size          INTEGER NOT NULL,
  request_head_complete  INTEGER,
  response_head_complete INTEGER,
  user_agent             TEXT,
  authentication         INTEGER NOT NULL,
  error                  TEXT,
  feedback               INTEGER,
  score                  REAL,
  dlp_action             TEXT,
  guardrail              TEXT
);
CREATE INDEX logs_by_gateway_time ON logs (account_id, gateway_id, created_at);
CREATE INDEX logs_by_request ON logs (request_id);
CREATE INDEX logs_by_event ON logs (gateway_id, event_id);

CREATE TABLE log_payloads (
  log_id        TEXT PRIMARY KEY,
  request_body  BLOB,
  response_body BLOB
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
  n          INTEGER NOT NULL,
  PRIMARY KEY (account_id, gateway_id)
);

CREATE TABLE log_rollups (
  account_id TEXT NOT NULL,
  gateway_id TEXT NOT NULL,
  bucket     INTEGER NOT NULL,
  provider   TEXT NOT NULL,
  model      TEXT NOT NULL,
  requests   INTEGER NOT NULL,
  errors     INTEGER NOT NULL,
  cached     INTEGER NOT NULL,
  tokens_in  INTEGER NOT NULL,
  tokens_out INTEGER NOT NULL,
  cost_pico  INTEGER NOT NULL,
  PRIMARY KEY (account_id, gateway_id, bucket, provider, model)
);
CREATE INDEX log_rollups_by_time ON log_rollups (account_id, bucket);
