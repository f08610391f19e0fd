package io.switchboard.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * The raw-bytes index in front of the key recipe: a request's {@link CacheKey#alias} (its body
 * hashed as sent) mapped to its {@link CacheKey#of key} (its body parsed and canonicalised), so that a
 * repeated request skips the JSON work. The alias covers every input of the key, the gateway and the
 * caller's credentials included, so an alias only ever leads to the key its own request would get:
 * this is a memo of a pure function, correct for every backend (the entries stay where the store
 * keeps them) and never in need of invalidation. Bounded to {@code maxAliases}, least used dropped.
 * A {@code cf-aig-cache-key} request has no body in its key and goes straight to the recipe.
 */
final class KeyAliases {
  /** About 270 bytes each (two hex digests and a node): 4.5 MB of heap when full. */
  static final long DEFAULT_MAX_ALIASES = 16_384;
  private final Cache<String, String> keys;

  KeyAliases(long maxAliases) {
    this.keys = Caffeine.newBuilder().maximumSize(maxAliases).build();
  }

  /** The cache key of one request (or universal step). */
  String key(String gatewayId, String provider, String method, String pathAndQuery, Buffer body, String customKey,
      List<String> credentialLines) {
    if (customKey != null) {
      return CacheKey.of(gatewayId, provider, method, pathAndQuery, body, customKey,
          CacheKey.identity(credentialLines));
    }
    String alias = CacheKey.alias(gatewayId, provider, method, pathAndQuery, body, credentialLines);
    String key = keys.getIfPresent(alias);
    if (key == null) {
      key = CacheKey.of(gatewayId, provider, method, pathAndQuery, body, null, CacheKey.identity(credentialLines));
      keys.put(alias, key);
    }
    return key;
  }

  /** Aliases held now (after pending evictions). */
  long size() {
    keys.cleanUp();
    return keys.estimatedSize();
  }
}
