package io.switchboard.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Limits held in this process. Each key's state (window index, previous and current counts) is one
 * immutable value swapped by compare-and-set: no lock on the hot path. Keys idle for two intervals
 * are evicted (their counts would have expired anyway).
 */
public final class InProcessLimiter implements RateLimiter {
  private final Clock clock;
  private final Cache<String, Counter> counters = Caffeine.newBuilder()
      .expireAfter(new Expiry<String, Counter>() {
        @Override
        public long expireAfterCreate(String key, Counter c, long now) {
          return c.idleNanos;
        }

        @Override
        public long expireAfterUpdate(String key, Counter c, long now, long current) {
          return c.idleNanos;
        }

        @Override
        public long expireAfterRead(String key, Counter c, long now, long current) {
          return c.idleNanos;
        }
      }).build();

  public InProcessLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Future<Decision> hit(String key, Limit limit) {
    return Future.succeededFuture(decide(key, limit));
  }

  /** The synchronous check (what {@link #hit} wraps). */
  public Decision decide(String key, Limit limit) {
    Counter counter = counters.get(key, k -> new Counter(limit));
    long now = clock.millis();
    long index = Windows.index(now, limit);
    while (true) {
      State s = counter.state.get();
      State rolled = s.rollTo(index);
      if (Windows.estimate(now, limit, rolled.previous, rolled.current) >= limit.limit()) {
        return new Decision(false, Windows.retryAfterSeconds(now, limit, rolled.previous, rolled.current));
      }
      if (counter.state.compareAndSet(s, new State(index, rolled.previous, rolled.current + 1))) {
        return Decision.ALLOW;
      }
    }
  }

  /** One key's counts. */
  private static final class Counter {
    final AtomicReference<State> state = new AtomicReference<>(new State(Long.MIN_VALUE, 0, 0));
    final long idleNanos;

    Counter(Limit limit) {
      this.idleNanos = Math.multiplyExact(limit.intervalMs(), 2_000_000L);
    }
  }

  /** Window {@code index} with its count, and the count of the window before it. */
  private record State(long index, long previous, long current) {
    State rollTo(long now) {
      if (now == index) {
        return this;
      }
      return new State(now, now == index + 1 ? current : 0, 0);
    }
  }
}
