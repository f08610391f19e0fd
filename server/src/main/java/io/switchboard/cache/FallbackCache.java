package io.switchboard.cache;

import io.switchboard.redis.RedisLink;
import io.vertx.core.Future;

/**
 * The Redis cache, degrading to misses (and unstored responses) while Redis is unavailable, with a
 * warning and a counted fallback (see {@link RedisLink}); Redis is tried again once a second. No
 * request fails because of the cache. An invalidation that cannot reach Redis is lost (the
 * entries still expire by their TTL), and warned about.
 */
public final class FallbackCache implements CacheStore {
  private final RedisLink link;
  private final CacheStore redis;

  public FallbackCache(RedisLink link, CacheStore redis) {
    this.link = link;
    this.redis = redis;
  }

  @Override
  public Future<CachedResponse> get(String gatewayId, String key) {
    if (!link.usable()) {
      link.fellBack("cache (as misses)", null);
      return Future.succeededFuture();
    }
    return redis.get(gatewayId, key).recover(e -> {
      link.fellBack("cache (as misses)", e);
      return Future.succeededFuture();
    });
  }

  @Override
  public Future<Void> put(String gatewayId, String key, CachedResponse value, long ttlSeconds) {
    if (!link.usable()) {
      return Future.succeededFuture();
    }
    return redis.put(gatewayId, key, value, ttlSeconds).recover(e -> {
      link.fellBack("cache (not stored)", e);
      return Future.succeededFuture();
    });
  }

  @Override
  public Future<Void> invalidate(String gatewayId) {
    return redis.invalidate(gatewayId).recover(e -> {
      link.fellBack("cache invalidation (lost; entries expire by TTL)", e);
      return Future.succeededFuture();
    });
  }
}
