package io.switchboard.ratelimit;

import io.vertx.core.Future;

/**
 * Counts one request against {@code limit} under {@code key} and says whether it is admitted. A
 * rejected request is not counted. Never blocks; the in-process implementation answers with a
 * completed future.
 */
public interface RateLimiter {
  Future<Decision> hit(String key, Limit limit);
}
