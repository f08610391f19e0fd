package io.switchboard.auth;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stored API token. Only the SHA-256 hash of the secret value is kept; {@code preview} shows its
 * first and last characters so that people can tell tokens apart.
 */
public record ApiToken(
    String id,
    String accountId,
    String name,
    String hash,
    String preview,
    Set<Permission> permissions,
    Instant createdAt,
    Instant modifiedAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public ApiToken {
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
  }

  public boolean isActive(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  public boolean allows(Permission wanted) {
    return permissions.stream().anyMatch(p -> p.grants(wanted));
  }

  public String status(Instant now) {
    if (revokedAt != null) {
      return "revoked";
    }
    return expiresAt != null && !expiresAt.isAfter(now) ? "expired" : "active";
  }
}
