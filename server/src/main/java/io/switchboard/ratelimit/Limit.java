package io.switchboard.ratelimit;

/**
 * At most {@code limit} requests per {@code intervalSeconds}. {@code sliding} false: fixed windows
 * aligned to the clock (epoch multiples of the interval); true: the sliding-window estimate, the
 * previous window's count weighted by how much of it still overlaps the trailing interval plus the
 * current window's count.
 */
public record Limit(long limit, long intervalSeconds, boolean sliding) {
  public Limit {
    if (limit < 1 || intervalSeconds < 1) {
      throw new IllegalArgumentException("limit and interval must be positive");
    }
  }

  long intervalMs() {
    return intervalSeconds * 1000;
  }

  /** {@code fixed} or {@code sliding}, as configured. */
  public String technique() {
    return sliding ? "sliding" : "fixed";
  }
}
