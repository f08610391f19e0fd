package io.switchboard.cache;

import io.switchboard.redis.RedisLink;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries in Redis, shared by every node: {@code {prefix}c:{gateway}:{key}} holding
 * {@link CachedResponse#encode()}, set with {@code PX} (the TTL). Invalidation walks the gateway's
 * keys with {@code SCAN} and {@code UNLINK}s them, a page at a time.
 */
public final class RedisCache implements CacheStore {
  private final RedisLink link;

  public RedisCache(RedisLink link) {
    this.link = link;
  }

  private String redisKey(String gatewayId, String key) {
    return link.prefix() + "c:" + gatewayId + ":" + key;
  }

  @Override
  public Future<CachedResponse> get(String gatewayId, String key) {
    return link.send(Request.cmd(Command.GET).arg(redisKey(gatewayId, key)))
        .map(r -> r == null ? null : CachedResponse.decode(r.toBuffer()));
  }

  @Override
  public Future<Void> put(String gatewayId, String key, CachedResponse value, long ttlSeconds) {
    return link.send(Request.cmd(Command.SET).arg(redisKey(gatewayId, key)).arg(value.encode()).arg("PX")
        .arg(ttlSeconds * 1000)).mapEmpty();
  }

  @Override
  public Future<Void> invalidate(String gatewayId) {
    return scan(link.prefix() + "c:" + gatewayId + ":*", "0");
  }

  private Future<Void> scan(String pattern, String cursor) {
    return link.send(Request.cmd(Command.SCAN).arg(cursor).arg("MATCH").arg(pattern).arg("COUNT").arg(1000))
        .compose(page -> {
          String next = page.get(0).toString();
          Response keys = page.get(1);
          Future<?> deleted = Future.succeededFuture();
          if (keys.size() > 0) {
            Request unlink = Request.cmd(Command.UNLINK);
            List<String> names = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
              names.add(keys.get(i).toString());
            }
            names.forEach(unlink::arg);
            deleted = link.send(unlink);
          }
          return deleted.compose(v -> next.equals("0") ? Future.succeededFuture() : scan(pattern, next));
        });
  }
}
