/**
 * Provider keys held by the gateway (BYOK, spec §10.1): the master key and authenticated encryption
 * of stored secrets ({@link io.switchboard.secrets.MasterKey}, {@link io.switchboard.secrets.SecretBox}),
 * the per-gateway provider configs and their in-memory cache ({@link io.switchboard.secrets.ProviderConfigs}),
 * credential resolution and injection on the data plane ({@link io.switchboard.secrets.Credentials}),
 * AWS SigV4 signing ({@link io.switchboard.secrets.SigV4}), Google service-account tokens
 * ({@link io.switchboard.secrets.VertexTokens}), master-key rotation and redaction of credentials
 * wherever text could surface ({@link io.switchboard.secrets.Redaction}).
 */
package io.switchboard.secrets;
