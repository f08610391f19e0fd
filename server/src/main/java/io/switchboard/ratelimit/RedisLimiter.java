package io.switchboard.ratelimit;

import io.switchboard.redis.RedisLink;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Clock;

/**
 * Limits shared by every node through Redis. One script per check reads the window counts, judges
 * the request and counts it, atomically (Redis runs a script alone), so N nodes admit exactly the
 * limit between them. Window keys are {@code {prefix}rl:{key}:{index}} with the base key in a hash
 * tag, so both windows of a key sit in one cluster slot; each expires after two intervals. The time
 * is the calling node's clock (nodes are expected to run NTP), which also lets tests control it.
 */
public final class RedisLimiter implements RateLimiter {
  static final String SCRIPT = String.join("\n",
      "local now = tonumber(ARGV[1])",
      "local iv = tonumber(ARGV[2])",
      "local limit = tonumber(ARGV[3])",
      "local sliding = ARGV[4] == '1'",
      "local idx = math.floor(now / iv)",
      "local ck = KEYS[1] .. ':' .. string.format('%d', idx)",
      "local curr = tonumber(redis.call('GET', ck) or '0')",
      "local prev = 0",
      "local est = curr",
      "if sliding then",
      "  prev = tonumber(redis.call('GET', KEYS[1] .. ':' .. string.format('%d', idx - 1)) or '0')",
      "  est = prev * ((iv - (now - idx * iv)) / iv) + curr",
      "end",
      "if est >= limit then return {0, prev, curr} end",
      "redis.call('INCR', ck)",
      "redis.call('PEXPIRE', ck, iv * 2 + 1000)",
      "return {1, prev, curr + 1}");
  private final RedisLink link;
  private final Clock clock;

  public RedisLimiter(RedisLink link, Clock clock) {
    this.link = link;
    this.clock = clock;
  }

  @Override
  public Future<Decision> hit(String key, Limit limit) {
    long now = clock.millis();
    Request eval = Request.cmd(Command.EVAL).arg(SCRIPT).arg(1).arg(link.prefix() + "rl:{" + key + "}")
        .arg(now).arg(limit.intervalMs()).arg(limit.limit()).arg(limit.sliding() ? 1 : 0);
    return link.send(eval).map(r -> decision(r, now, limit));
  }

  private static Decision decision(Response r, long now, Limit limit) {
    if (r.get(0).toLong() == 1) {
      return Decision.ALLOW;
    }
    return new Decision(false, Windows.retryAfterSeconds(now, limit, r.get(1).toLong(), r.get(2).toLong()));
  }
}
