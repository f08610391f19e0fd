package io.switchboard.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.vertx.core.Future;
import java.time.Clock;

/**
 * Entries in this process's memory (Caffeine): at most {@code maxBytes} of bodies and headers in
 * total, least valuable evicted first; each entry expires after its own TTL, measured on the given
 * clock (tests move it).
 */
public final class InProcessCache implements CacheStore {
  private final Cache<String, Entry> entries;

  public InProcessCache(long maxBytes, Clock clock) {
    this.entries = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String k, Entry e) -> e.value.weight() + k.length())
        .ticker(() -> clock.millis() * 1_000_000L)
        .expireAfter(new Expiry<String, Entry>() {
          @Override
          public long expireAfterCreate(String key, Entry e, long now) {
            return e.ttlNanos;
          }

          @Override
          public long expireAfterUpdate(String key, Entry e, long now, long current) {
            return e.ttlNanos;
          }

          @Override
          public long expireAfterRead(String key, Entry e, long now, long current) {
            return current;
          }
        })
        .build();
  }

  @Override
  public Future<CachedResponse> get(String gatewayId, String key) {
    Entry e = entries.getIfPresent(gatewayId + '\n' + key);
    return Future.succeededFuture(e == null ? null : e.value);
  }

  @Override
  public Future<Void> put(String gatewayId, String key, CachedResponse value, long ttlSeconds) {
    entries.put(gatewayId + '\n' + key, new Entry(value, ttlSeconds * 1_000_000_000L));
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> invalidate(String gatewayId) {
    String prefix = gatewayId + '\n';
    entries.asMap().keySet().removeIf(k -> k.startsWith(prefix));
    return Future.succeededFuture();
  }

  /** Entries held now (after pending evictions). */
  public long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  private record Entry(CachedResponse value, long ttlNanos) {
  }
}
