package io.switchboard.secrets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One stored provider key of a gateway (spec §10.1). The secret is held only as {@code ciphertext}
 * (see {@link SecretBox}); {@code secretPreview} shows a few leading and trailing characters.
 *
 * @param rateLimit       requests per period, or null (stored and returned, not enforced)
 * @param rateLimitPeriod seconds, or null
 */
public record ProviderConfig(
    String id,
    String accountId,
    String gatewayId,
    String alias,
    String providerSlug,
    boolean defaultConfig,
    String secretId,
    String ciphertext,
    String secretPreview,
    Integer rateLimit,
    Integer rateLimitPeriod,
    Instant createdAt,
    Instant modifiedAt) {

  /** The object the management API returns: never the secret or its ciphertext. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("alias", alias);
    out.put("default_config", defaultConfig);
    out.put("gateway_id", gatewayId);
    out.put("modified_at", DateTimeFormatter.ISO_INSTANT.format(modifiedAt));
    out.put("provider_slug", providerSlug);
    out.put("secret_id", secretId);
    out.put("secret_preview", secretPreview);
    if (rateLimit != null) {
      out.put("rate_limit", rateLimit);
    }
    if (rateLimitPeriod != null) {
      out.put("rate_limit_period", rateLimitPeriod);
    }
    return out;
  }

  public ProviderConfig withCiphertext(String newCiphertext) {
    return new ProviderConfig(id, accountId, gatewayId, alias, providerSlug, defaultConfig, secretId, newCiphertext,
        secretPreview, rateLimit, rateLimitPeriod, createdAt, modifiedAt);
  }
}
