package io.switchboard.proxy;

import java.util.Locale;

/**
 * How the wait between attempts grows. With base delay {@code d} and {@code n} the number of the
 * attempt that just failed (1 for the first): constant waits {@code d}, linear {@code d·n},
 * exponential {@code d·2^(n-1)}. Every wait is capped at {@link RetryPolicy#MAX_WAIT_MS}.
 */
public enum Backoff {
  CONSTANT, LINEAR, EXPONENTIAL;

  long waitMs(long baseDelayMs, int failedAttempt) {
    long wait = switch (this) {
      case CONSTANT -> baseDelayMs;
      case LINEAR -> baseDelayMs * failedAttempt;
      case EXPONENTIAL -> baseDelayMs << Math.min(failedAttempt - 1, 20);
    };
    return Math.min(wait, RetryPolicy.MAX_WAIT_MS);
  }

  static Backoff parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "constant" -> CONSTANT;
      case "linear" -> LINEAR;
      case "exponential" -> EXPONENTIAL;
      default -> null;
    };
  }
}
