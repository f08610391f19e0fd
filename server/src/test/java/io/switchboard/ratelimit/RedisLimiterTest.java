package io.switchboard.ratelimit;

import io.switchboard.redis.RedisLink;
import io.switchboard.testkit.RedisKit;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** The same window boundaries with counts in Redis (the script does the arithmetic). */
class RedisLimiterTest extends WindowBehaviour {
  static final String PREFIX = RedisKit.freshPrefix();
  static Vertx vertx;
  static RedisLink link;

  @BeforeAll
  static void connect() {
    Assumptions.assumeTrue(RedisKit.available(), "Redis at 127.0.0.1:6379");
    vertx = Vertx.vertx();
    link = new RedisLink(vertx, RedisKit.url(), PREFIX, 2000);
  }

  @AfterAll
  static void close() {
    RedisKit.cleanup(PREFIX);
    link.close();
    vertx.close();
  }

  @Override
  RateLimiter limiter() {
    return new RedisLimiter(link, clock);
  }
}
