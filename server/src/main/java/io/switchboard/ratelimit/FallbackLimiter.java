package io.switchboard.ratelimit;

import io.switchboard.redis.RedisLink;
import io.vertx.core.Future;

/**
 * Redis while it answers, else this node's in-process limiter (with a warning and a counted
 * fallback, see {@link RedisLink}): no request fails because Redis is down. While Redis is down each
 * node enforces the limit on its own; Redis is tried again once a second.
 */
public final class FallbackLimiter implements RateLimiter {
  private final RedisLink link;
  private final RateLimiter redis;
  private final RateLimiter local;

  public FallbackLimiter(RedisLink link, RateLimiter redis, RateLimiter local) {
    this.link = link;
    this.redis = redis;
    this.local = local;
  }

  @Override
  public Future<Decision> hit(String key, Limit limit) {
    if (!link.usable()) {
      link.fellBack("rate limiting", null);
      return local.hit(key, limit);
    }
    return redis.hit(key, limit).recover(e -> {
      link.fellBack("rate limiting", e);
      return local.hit(key, limit);
    });
  }
}
