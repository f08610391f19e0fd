package io.switchboard.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fixed and sliding window boundaries under a controlled clock; run against each limiter. */
abstract class WindowBehaviour {
  static final long WINDOW_START = 1_700_000_000_000L / 10_000 * 10_000 + 10_000;
  final MutableClock clock = new MutableClock(WINDOW_START);

  abstract RateLimiter limiter();

  Decision hit(String key, Limit limit) {
    return limiter().hit(key, limit).toCompletionStage().toCompletableFuture().join();
  }

  static String key() {
    return "k-" + UUID.randomUUID();
  }

  @Test
  void fixedWindowResetsAtTheClockBoundary() {
    Limit limit = new Limit(3, 10, false);
    String key = key();
    clock.set(WINDOW_START + 9_000);
    for (int i = 0; i < 3; i++) {
      assertThat(hit(key, limit).allowed()).isTrue();
    }
    Decision over = hit(key, limit);
    assertThat(over.allowed()).isFalse();
    assertThat(over.retryAfterSeconds()).isEqualTo(1);
    clock.set(WINDOW_START + 9_999);
    assertThat(hit(key, limit).allowed()).isFalse();
    clock.set(WINDOW_START + 10_000);
    for (int i = 0; i < 3; i++) {
      assertThat(hit(key, limit).allowed()).as("request %d of the new window", i).isTrue();
    }
    assertThat(hit(key, limit).retryAfterSeconds()).isEqualTo(10);
  }

  @Test
  void slidingWindowWeighsThePreviousWindow() {
    Limit limit = new Limit(3, 10, true);
    String key = key();
    clock.set(WINDOW_START + 9_000);
    for (int i = 0; i < 3; i++) {
      assertThat(hit(key, limit).allowed()).isTrue();
    }
    assertThat(hit(key, limit).allowed()).isFalse();
    clock.set(WINDOW_START + 10_001);
    assertThat(hit(key, limit).allowed()).as("3 x 0.9999 + 0 < 3").isTrue();
    Decision over = hit(key, limit);
    assertThat(over.allowed()).as("3 x 0.9999 + 1 >= 3").isFalse();
    assertThat(over.retryAfterSeconds()).isEqualTo(4);
    clock.set(WINDOW_START + 13_335);
    assertThat(hit(key, limit).allowed()).as("3 x 0.6665 + 1 < 3").isTrue();
    assertThat(hit(key, limit).allowed()).isFalse();
    clock.set(WINDOW_START + 25_000);
    assertThat(hit(key, limit).allowed()).as("2 x 0.5 + 0 < 3").isTrue();
    assertThat(hit(key, limit).allowed()).isTrue();
    assertThat(hit(key, limit).allowed()).isFalse();
  }

  @Test
  void keysAreCountedApartAndRejectionsDoNotCount() {
    Limit limit = new Limit(1, 60, false);
    String a = key();
    String b = key();
    clock.set(WINDOW_START);
    assertThat(hit(a, limit).allowed()).isTrue();
    assertThat(hit(a, limit).allowed()).isFalse();
    assertThat(hit(b, limit).allowed()).isTrue();
    Limit two = new Limit(2, 60, true);
    String c = key();
    assertThat(hit(c, two).allowed()).isTrue();
    assertThat(hit(c, two).allowed()).isTrue();
    for (int i = 0; i < 5; i++) {
      assertThat(hit(c, two).allowed()).isFalse();
    }
    clock.set(WINDOW_START + 90_000);
    assertThat(hit(c, two).allowed()).as("2 x 0.5 + 0: rejections were not counted").isTrue();
  }
}
