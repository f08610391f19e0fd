package io.switchboard.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Window boundaries of the in-process limiter, and its exactness under contention. */
class InProcessLimiterTest extends WindowBehaviour {
  private final InProcessLimiter limiter = new InProcessLimiter(clock);

  @Override
  RateLimiter limiter() {
    return limiter;
  }

  @Test
  void admitsExactlyTheLimitUnderContention() throws InterruptedException {
    Limit limit = new Limit(1000, 60, false);
    AtomicInteger admitted = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < 1000; i++) {
          if (limiter.decide("hot", limit).allowed()) {
            admitted.incrementAndGet();
          }
        }
      });
      threads[t].start();
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(admitted.get()).isEqualTo(1000);
  }
}
