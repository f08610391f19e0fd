package io.switchboard.ratelimit;

/**
 * The window arithmetic both limiters share (the Redis script does the same sums): which window a
 * time falls in, the count a request is judged against, and how long a rejected caller should wait.
 */
final class Windows {
  private Windows() {
  }

  static long index(long nowMs, Limit limit) {
    return Math.floorDiv(nowMs, limit.intervalMs());
  }

  /** The count a new request is judged against; it is admitted while this is below the limit. */
  static double estimate(long nowMs, Limit limit, long previous, long current) {
    if (!limit.sliding()) {
      return current;
    }
    long iv = limit.intervalMs();
    long elapsed = nowMs - index(nowMs, limit) * iv;
    return previous * ((double) (iv - elapsed) / iv) + current;
  }

  /** Whole seconds (at least 1) until a request would be admitted, given the rejected state. */
  static long retryAfterSeconds(long nowMs, Limit limit, long previous, long current) {
    long iv = limit.intervalMs();
    long windowEnd = (index(nowMs, limit) + 1) * iv;
    long waitMs;
    if (!limit.sliding()) {
      waitMs = windowEnd - nowMs;
    } else if (current < limit.limit() && previous > 0) {
      double fraction = 1 - (double) (limit.limit() - current) / previous;
      waitMs = (long) Math.ceil(fraction * iv) - (nowMs - (windowEnd - iv));
    } else {
      double fraction = current == 0 ? 0 : Math.max(0, 1 - (double) limit.limit() / current);
      waitMs = windowEnd - nowMs + (long) Math.ceil(fraction * iv);
    }
    return Math.max(1, (waitMs + 999) / 1000);
  }
}
