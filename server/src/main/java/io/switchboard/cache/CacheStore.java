package io.switchboard.cache;

import io.vertx.core.Future;

/**
 * Where cached responses live, per gateway. Implementations never block the caller's event loop and
 * never fail a request: a lookup that cannot be answered is a miss.
 */
public interface CacheStore {
  /** The entry under {@code key}, or null (a miss). */
  Future<CachedResponse> get(String gatewayId, String key);

  /** Stores {@code value} for {@code ttlSeconds}. */
  Future<Void> put(String gatewayId, String key, CachedResponse value, long ttlSeconds);

  /** Drops every entry of the gateway. */
  Future<Void> invalidate(String gatewayId);
}
