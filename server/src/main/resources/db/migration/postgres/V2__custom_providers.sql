CREATE TABLE custom_providers (
  id           TEXT PRIMARY KEY,
  account_id   TEXT NOT NULL REFERENCES accounts (id),
  name         TEXT NOT NULL,
  slug         TEXT NOT NULL,
  base_url     TEXT NOT NULL,
  description  TEXT,
  link         TEXT,
  enabled      BOOLEAN NOT NULL,
  beta         BOOLEAN NOT NULL,
  curl_example TEXT,
  js_example   TEXT,
  created_at   BIGINT NOT NULL,
  modified_at  BIGINT NOT NULL,
  UNIQUE (account_id, slug)
);
