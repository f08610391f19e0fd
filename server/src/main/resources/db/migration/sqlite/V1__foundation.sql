CREATE TABLE accounts (
  id         TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL
);

CREATE TABLE api_tokens (
  id           TEXT PRIMARY KEY,
  account_id   TEXT NOT NULL REFERENCES accounts (id),
  name         TEXT NOT NULL,
  token_hash   TEXT NOT NULL UNIQUE,
  preview      TEXT NOT NULL,
  permissions  TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  modified_at  INTEGER NOT NULL,
  expires_at   INTEGER,
  revoked_at   INTEGER,
  last_used_at INTEGER
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id, created_at);

CREATE TABLE gateways (
  account_id  TEXT NOT NULL REFERENCES accounts (id),
  id          TEXT NOT NULL,
  internal_id TEXT NOT NULL,
  is_default  INTEGER NOT NULL,
  created_at  INTEGER NOT NULL,
  modified_at INTEGER NOT NULL,
  settings    TEXT NOT NULL,
  PRIMARY KEY (account_id, id)
);
