-- BYOK provider keys per gateway. secret_ciphertext is AES-256-GCM under the master key
-- (v1:{key id}:{base64}); the plaintext secret is never stored.
CREATE TABLE provider_configs (
  id                TEXT PRIMARY KEY,
  account_id        TEXT NOT NULL,
  gateway_id        TEXT NOT NULL,
  alias             TEXT NOT NULL,
  provider_slug     TEXT NOT NULL,
  default_config    BOOLEAN NOT NULL,
  secret_id         TEXT NOT NULL,
  secret_ciphertext TEXT NOT NULL,
  secret_preview    TEXT NOT NULL,
  rate_limit        INTEGER,
  rate_limit_period INTEGER,
  created_at        BIGINT NOT NULL,
  modified_at       BIGINT NOT NULL,
  UNIQUE (account_id, gateway_id, provider_slug, alias),
  FOREIGN KEY (account_id, gateway_id) REFERENCES gateways (account_id, id) ON DELETE CASCADE
);
