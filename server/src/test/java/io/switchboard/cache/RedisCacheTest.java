package io.switchboard.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.RedisKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same cache behaviour with entries in Redis (under a key prefix of this test's own). */
class RedisCacheTest extends CacheBehaviour {
  static final String PREFIX = RedisKit.freshPrefix();

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(RedisKit.available(), "Redis at 127.0.0.1:6379");
    startWith("--redis", RedisKit.url(), "--redis-key-prefix", PREFIX);
  }

  @AfterAll
  static void cleanup() {
    RedisKit.cleanup(PREFIX);
  }

  @Test
  void entriesLiveInRedis() {
    String path = freshPath(io.switchboard.testkit.MockUpstream.json(200, ANSWER));
    post("cached", path, BODY);
    assertThat(RedisKit.count(PREFIX + "c:cached:")).isPositive();
  }
}
