package io.switchboard.cache;

import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.Gateways;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache as the data plane uses it: {@link #lookup} answers a HIT (from the store, or from an
 * identical request in flight) or a MISS carrying the {@link Recorder} that stores the response.
 * Every outcome is delivered on the caller's event loop.
 */
public final class ResponseCache {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);
  private final CacheStore store;
  private final long maxEntryBytes;
  private final Flights flights = new Flights();
  private final KeyAliases aliases = new KeyAliases(KeyAliases.DEFAULT_MAX_ALIASES);
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  public ResponseCache(CacheStore store, long maxEntryBytes) {
    this.store = store;
    this.maxEntryBytes = maxEntryBytes;
  }

  /** Drops a gateway's entries when its settings change and it has {@code cache_invalidate_on_update}. */
  public void watch(Gateways gateways) {
    gateways.onChange((before, after) -> {
      Gateway g = after != null ? after : before;
      if (before == null || g == null || (after != null && before.settings().equals(after.settings()))) {
        return;
      }
      if (g.settings().get("cache_invalidate_on_update").asBoolean(false)) {
        store.invalidate(g.id()).onFailure(e -> LOG.warn("cache invalidation of {} failed: {}", g.id(),
            e.getMessage()));
      }
    });
  }

  /** What the lookup found. */
  public sealed interface Outcome permits Hit, Miss {
  }

  /** Served without going upstream; {@code coalesced}: from an identical request that was in flight. */
  public record Hit(CachedResponse response, boolean coalesced) implements Outcome {
  }

  /** Go upstream and feed the response to {@code recorder}. */
  public record Miss(Recorder recorder) implements Outcome {
  }

  /**
   * The key of one request (or universal step), {@link CacheKey#of}, found through its raw-bytes
   * alias when the same request was seen before ({@link KeyAliases}).
   *
   * @param credentialLines {@link CacheKey#credentials} of the request
   */
  public String key(String gatewayId, String provider, String method, String pathAndQuery, Buffer body,
      String customKey, List<String> credentialLines) {
    return aliases.key(gatewayId, provider, method, pathAndQuery, body, customKey, credentialLines);
  }

  public Future<Outcome> lookup(String gatewayId, CachePolicy policy, String key) {
    if (policy.skipLookup()) {
      // a refresh is a flight too: a repeat arriving while its entry is being stored must wait for
      // it rather than read the entry it replaces
      misses.incrementAndGet();
      Flights.Joined joined = flights.join(key);
      return Future.succeededFuture(new Miss(storing(gatewayId, key, policy, joined.leader() ? joined : null)));
    }
    Context context = Vertx.currentContext();
    CompletableFuture<CachedResponse> flying = flights.peek(key);
    if (flying != null) {
      Promise<Outcome> result = Promise.promise();
      follow(context, flying, result, () -> answer(context, store.get(gatewayId, key), gatewayId, key, policy, result));
      return result.future();
    }
    Future<CachedResponse> stored = store.get(gatewayId, key);
    if (stored.succeeded() && stored.result() != null) {
      // answered at once (the in-process store): no hop through a promise
      hits.incrementAndGet();
      return Future.succeededFuture(new Hit(stored.result(), false));
    }
    Promise<Outcome> result = Promise.promise();
    answer(context, stored, gatewayId, key, policy, result);
    return result.future();
  }

  private void answer(Context context, Future<CachedResponse> stored, String gatewayId, String key,
      CachePolicy policy, Promise<Outcome> result) {
    stored.onComplete(found -> on(context, () -> {
      if (found.succeeded() && found.result() != null) {
        hits.incrementAndGet();
        result.complete(new Hit(found.result(), false));
      } else {
        join(context, gatewayId, key, policy, result);
      }
    }));
  }

  private void join(Context context, String gatewayId, String key, CachePolicy policy, Promise<Outcome> result) {
    Flights.Joined joined = flights.join(key);
    if (joined.leader()) {
      misses.incrementAndGet();
      result.complete(new Miss(storing(gatewayId, key, policy, joined)));
      return;
    }
    follow(context, joined.flight(), result, () -> {
      misses.incrementAndGet();
      result.complete(new Miss(storing(gatewayId, key, policy, null)));
    });
  }

  /** Waits for a flight: a HIT with what it stored, else {@code otherwise}, on the caller's loop. */
  private void follow(Context context, CompletableFuture<CachedResponse> flight, Promise<Outcome> result,
      Runnable otherwise) {
    flight.whenComplete((shared, e) -> on(context, () -> {
      if (shared != null) {
        hits.incrementAndGet();
        result.complete(new Hit(shared, true));
      } else {
        otherwise.run();
      }
    }));
  }

  private Recorder storing(String gatewayId, String key, CachePolicy policy, Flights.Joined flight) {
    // the flight lands only once the entry is stored: a request arriving between the two would find
    // neither the flight nor the entry and go upstream again (read-your-writes for a sequential client)
    return new Recorder(maxEntryBytes, response -> {
      if (response == null) {
        land(key, flight, null);
        return;
      }
      store.put(gatewayId, key, response, policy.ttlSeconds()).onComplete(stored -> {
        if (stored.failed()) {
          LOG.warn("cache store failed: {}", stored.cause().getMessage());
        }
        land(key, flight, response);
      });
    });
  }

  private void land(String key, Flights.Joined flight, CachedResponse response) {
    if (flight != null) {
      flights.land(key, flight.flight(), response);
    }
  }

  private static void on(Context context, Runnable action) {
    if (context == null || Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(v -> action.run());
    }
  }

  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  /** Identical requests currently led upstream (coalescing in progress). */
  public int inFlight() {
    return flights.size();
  }
}
