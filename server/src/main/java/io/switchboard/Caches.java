package io.switchboard;

import io.switchboard.cache.CacheStore;
import io.switchboard.cache.FallbackCache;
import io.switchboard.cache.InProcessCache;
import io.switchboard.cache.RedisCache;
import io.switchboard.cache.ResponseCache;
import io.switchboard.config.Settings;
import io.switchboard.ratelimit.FallbackLimiter;
import io.switchboard.ratelimit.InProcessLimiter;
import io.switchboard.ratelimit.RateLimiter;
import io.switchboard.ratelimit.RedisLimiter;
import io.switchboard.redis.RedisLink;
import java.time.Clock;

/** Picks the cache and rate-limit backends: in-process, or Redis (with in-process fallback) when configured. */
final class Caches {
  private Caches() {
  }

  static ResponseCache responseCache(Settings settings, RedisLink redis, Clock clock) {
    CacheStore store = redis == null ? new InProcessCache(settings.cacheMaxBytes(), clock)
        : new FallbackCache(redis, new RedisCache(redis));
    return new ResponseCache(store, settings.cacheMaxEntryBytes());
  }

  static RateLimiter limiter(RedisLink redis, Clock clock) {
    InProcessLimiter local = new InProcessLimiter(clock);
    return redis == null ? local : new FallbackLimiter(redis, new RedisLimiter(redis, clock), local);
  }
}
