package io.switchboard.ratelimit;

/** The outcome of one check: allowed, or rejected with the whole seconds to wait (at least 1). */
public record Decision(boolean allowed, long retryAfterSeconds) {
  public static final Decision ALLOW = new Decision(true, 0);
}
