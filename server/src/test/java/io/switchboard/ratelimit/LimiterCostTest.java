package io.switchboard.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A JMH-free micro-measure of what the in-process limiter costs per request: a counter key built as
 * the gate builds it, then one {@link InProcessLimiter#hit}, over 64 keys, after a warm-up. Prints
 * ns per check; the target is under 20 µs (docs/benchmarks.md records the figure).
 */
class LimiterCostTest {
  @Test
  void aCheckCostsFarUnderTwentyMicroseconds() {
    InProcessLimiter limiter = new InProcessLimiter(Clock.systemUTC());
    Limit limit = new Limit(Integer.MAX_VALUE, 60, true);
    run(limiter, limit, 500_000);
    int n = 2_000_000;
    long started = System.nanoTime();
    long admitted = run(limiter, limit, n);
    double nsPerCheck = (System.nanoTime() - started) / (double) n;
    System.out.printf("in-process rate limiter: %.0f ns per check (%d checks)%n", nsPerCheck, n);
    assertThat(admitted).isEqualTo(n);
    assertThat(nsPerCheck).isLessThan(20_000);
  }

  private static long run(InProcessLimiter limiter, Limit limit, int n) {
    long admitted = 0;
    for (int i = 0; i < n; i++) {
      String key = "gw" + (i & 63) + ":gateway:" + limit.intervalSeconds() + ":" + limit.technique();
      if (limiter.hit(key, limit).result().allowed()) {
        admitted++;
      }
    }
    return admitted;
  }
}
