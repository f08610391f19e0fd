package io.switchboard.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.RedisKit;
import io.switchboard.testkit.TcpProxy;
import io.switchboard.testkit.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances sharing one Redis enforce one limit; and Redis going away mid-test (its port
 * closed by a relay this test stops) fails no request: the cache misses, limits hold per node, and
 * both come back when Redis does.
 */
class RedisSharedLimitTest {
  static final String PREFIX = RedisKit.freshPrefix();
  static final String CHAT = "/openai/chat/completions";
  static final String LIMITED = "\"rate_limiting_limit\":5,\"rate_limiting_interval\":3600,"
      + "\"rate_limiting_technique\":\"sliding\",\"cache_ttl\":300";
  static MockUpstream mock;
  static TcpProxy proxy;
  static TestGateway a;
  static TestGateway b;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(RedisKit.available(), "Redis at 127.0.0.1:6379");
    mock = new MockUpstream().on("/v1/chat/completions", MockUpstream.json(200, "{\"ok\":true}"));
    proxy = new TcpProxy(RedisKit.HOST, RedisKit.PORT);
    String[] args = {"--upstream", "openai=" + mock.base() + "/v1", "--redis", "redis://127.0.0.1:" + proxy.port(),
        "--redis-key-prefix", PREFIX, "--redis-timeout-ms", "300"};
    a = TestGateway.start(args);
    b = TestGateway.start(args);
    for (TestGateway g : new TestGateway[] {a, b}) {
      g.createGateway("shared", LIMITED);
      g.createGateway("down", "\"rate_limiting_limit\":3,\"rate_limiting_interval\":3600,\"cache_ttl\":300");
      g.createGateway("cacheonly", "\"cache_ttl\":300");
    }
  }

  @AfterAll
  static void stop() {
    if (a != null) {
      a.close();
      b.close();
      proxy.close();
      mock.close();
      RedisKit.cleanup(PREFIX);
    }
  }

  static Http.Response post(TestGateway g, String gateway, String body) {
    return g.http().send("POST", g.dataPlane(gateway, CHAT), body);
  }

  @Test
  void twoNodesEnforceOneLimit() {
    int admitted = 0;
    for (int i = 0; i < 12; i++) {
      Http.Response r = post(i % 2 == 0 ? a : b, "shared", "{\"n\":" + i + "}");
      assertThat(r.status()).isIn(200, 429);
      admitted += r.status() == 200 ? 1 : 0;
    }
    assertThat(admitted).isEqualTo(5);
  }

  @Test
  void nodesShareCacheEntries() {
    assertThat(post(a, "cacheonly", "{\"shared\":1}").headers().firstValue("cf-aig-cache-status")).contains("MISS");
    // node a stores the MISS in Redis just after its response ended; once a HITs, the entry is in Redis
    long deadline = System.currentTimeMillis() + 2000;
    while (!post(a, "cacheonly", "{\"shared\":1}").headers().firstValue("cf-aig-cache-status").orElse("")
        .equals("HIT") && System.currentTimeMillis() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(post(b, "cacheonly", "{\"shared\":1}").headers().firstValue("cf-aig-cache-status")).contains("HIT");
  }

  @Test
  void redisStoppedMidTestFailsNoRequest() throws InterruptedException {
    String body = "{\"outage\":1}";
    assertThat(post(a, "shared", body).status()).isIn(200, 429);
    proxy.stop();
    try {
      long fallbacksBefore = a.switchboard().redisFallbacks();
      int ok = 0;
      for (int i = 0; i < 5; i++) {
        Http.Response r = post(a, "down", "{\"during\":" + i + "}");
        assertThat(r.status()).as(r.body()).isIn(200, 429);
        ok += r.status() == 200 ? 1 : 0;
        if (r.status() == 200) {
          assertThat(r.headers().firstValue("cf-aig-cache-status")).contains("MISS");
        }
      }
      assertThat(ok).as("the in-process limit still holds").isEqualTo(3);
      assertThat(a.switchboard().redisFallbacks()).isGreaterThan(fallbacksBefore);
    } finally {
      proxy.start();
    }
    Thread.sleep(1200);
    long deadline = System.currentTimeMillis() + 5000;
    String status;
    do {
      post(a, "cacheonly", "{\"after\":1}");
      status = post(b, "cacheonly", "{\"after\":1}").headers().firstValue("cf-aig-cache-status").orElse(null);
    } while (!"HIT".equals(status) && System.currentTimeMillis() < deadline);
    assertThat(status).as("Redis serves again").isEqualTo("HIT");
  }
}
