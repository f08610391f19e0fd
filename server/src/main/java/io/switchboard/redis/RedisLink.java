package io.switchboard.redis;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Redis client for the whole process. Every command gets {@code timeoutMs}; a failure or timeout
 * marks Redis down for {@link #RETRY_MS}, during which {@link #usable()} is false so callers take their
 * in-process path at once instead of waiting; the first command after that tries Redis again. Each
 * fallback is counted ({@link #fallbacks()}) and warned about at most every {@link #WARN_EVERY_MS}.
 */
public final class RedisLink {
  static final long RETRY_MS = 1_000;
  static final long WARN_EVERY_MS = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);
  private final Redis client;
  private final String prefix;
  private final long timeoutMs;
  private final AtomicLong downUntil = new AtomicLong();
  private final AtomicLong lastWarning = new AtomicLong();
  private final AtomicLong fallbacks = new AtomicLong();
  private volatile boolean down;

  public RedisLink(Vertx vertx, String url, String prefix, long timeoutMs) {
    RedisOptions options = new RedisOptions().setConnectionString(url).setMaxPoolSize(16).setMaxPoolWaiting(4096)
        .setMaxWaitingHandlers(65_536)
        .setNetClientOptions(new NetClientOptions().setConnectTimeout((int) Math.max(100, timeoutMs * 4))
            .setTcpNoDelay(true));
    this.client = Redis.createClient(vertx, options);
    this.prefix = prefix;
    this.timeoutMs = timeoutMs;
  }

  /** The key prefix every Redis key of this installation starts with. */
  public String prefix() {
    return prefix;
  }

  /** False while Redis is considered down (until the next retry is due). */
  public boolean usable() {
    return System.currentTimeMillis() >= downUntil.get();
  }

  /** Sends one command with the timeout; a failure marks Redis down (the caller then falls back). */
  public Future<Response> send(Request request) {
    return client.send(request).timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .onSuccess(r -> recovered())
        .onFailure(this::failed);
  }

  /** Records that a caller used its in-process path instead of Redis ({@code what}: cache, rate limit). */
  public void fellBack(String what, Throwable cause) {
    fallbacks.incrementAndGet();
    long now = System.currentTimeMillis();
    long last = lastWarning.get();
    if (now - last >= WARN_EVERY_MS && lastWarning.compareAndSet(last, now)) {
      LOG.warn("Redis unavailable, {} served in-process ({} fallbacks so far): {}", what, fallbacks.get(),
          cause == null ? "retry not due yet" : cause.getMessage());
    }
  }

  /** How many operations were served in-process because Redis was unavailable. */
  public long fallbacks() {
    return fallbacks.get();
  }

  private void failed(Throwable e) {
    down = true;
    downUntil.set(System.currentTimeMillis() + RETRY_MS);
  }

  private void recovered() {
    if (down) {
      down = false;
      LOG.info("Redis reachable again");
    }
  }

  public Future<Void> close() {
    return client.close();
  }
}
