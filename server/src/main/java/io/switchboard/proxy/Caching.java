package io.switchboard.proxy;

import io.switchboard.cache.CacheKey;
import io.switchboard.cache.CachePolicy;
import io.switchboard.cache.CachedResponse;
import io.switchboard.cache.Recorder;
import io.switchboard.cache.ResponseCache;
import io.switchboard.log.RequestLog;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The response cache on the data plane, around the upstream call of one request or universal step:
 * {@link #plan} reads the cache headers (a bad one is a 400 before anything is sent), {@link #lookup}
 * serves a HIT by {@link Replay} (one log entry, {@code cached: true}) or hands back the MISS's
 * {@link Recorder}, which {@link Responses#relay} feeds while relaying. {@code cf-aig-cache-status}
 * is HIT or MISS on every cacheable response.
 */
final class Caching {
  static final CharSequence STATUS = HttpHeaders.createOptimized("cf-aig-cache-status");
  private static final CharSequence HIT = HttpHeaders.createOptimized("HIT");
  private static final CharSequence MISS = HttpHeaders.createOptimized("MISS");
  static final Caching OFF = new Caching(null);
  private final ResponseCache cache;

  Caching(ResponseCache cache) {
    this.cache = cache;
  }

  /**
   * How one request uses the cache: policy, the caller's credential lines ({@link CacheKey#credentials})
   * and the other parts of its key.
   */
  record Use(CachePolicy policy, List<String> credentials, String provider, String method, String pathAndQuery) {
  }

  /** A lookup's result: served from the cache, or go upstream (feeding {@code recorder} when not null). */
  record Lookup(boolean served, Recorder recorder) {
    static final Lookup UNCACHED = new Lookup(false, null);
    static final Lookup SERVED = new Lookup(true, null);

    void abandon() {
      if (recorder != null) {
        recorder.abandon();
      }
    }
  }

  /** The request's cache use, or null when it is not cacheable; {@code stepHeaders} for universal steps. */
  Use plan(Call call, String provider, HttpMethod method, String pathAndQuery, MultiMap stepHeaders) {
    if (cache == null) {
      return null;
    }
    MultiMap request = call.request().headers();
    CachePolicy policy = CachePolicy.of(call.gateway().settings().get("cache_ttl").asLong(0), method, stepHeaders,
        request);
    if (policy == null) {
      return null;
    }
    List<String> credentials = stepHeaders == null ? CacheKey.credentials(request)
        : CacheKey.credentials(stepHeaders, request);
    return new Use(policy, credentials, provider, method.name(), pathAndQuery);
  }

  Future<Lookup> lookup(Call call, Use use, Buffer body, RequestLog log, String logId, Integer step, String path) {
    if (use == null) {
      return Future.succeededFuture(Lookup.UNCACHED);
    }
    String gatewayId = call.gateway().id();
    String key = cache.key(gatewayId, use.provider(), use.method(), use.pathAndQuery(), body,
        use.policy().customKey(), use.credentials());
    return cache.lookup(gatewayId, use.policy(), key).map(outcome -> {
      if (outcome instanceof ResponseCache.Hit hit) {
        serve(call, hit.response(), log, new RequestLog.Attempt(logId, 1, step, use.provider(), path,
            System.currentTimeMillis()));
        return Lookup.SERVED;
      }
      return new Lookup(false, ((ResponseCache.Miss) outcome).recorder());
    });
  }

  private static void serve(Call call, CachedResponse cached, RequestLog log, RequestLog.Attempt attempt) {
    HttpServerResponse response = call.request().response();
    if (!attempt.logId().equals(call.requestId())) {
      response.headers().set(Call.LOG_ID, attempt.logId()); // a later universal step (the first has the request's)
    }
    response.headers().set(STATUS, HIT);
    if (attempt.step() != null) {
      response.headers().set(Call.STEP, attempt.step().toString());
    }
    Replay.replay(cached, response, error -> log.cachedResponse(attempt, cached.status(),
        contentType(cached.headers()), cached.body(), error));
  }

  private static String contentType(List<String> headers) {
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      if (headers.get(i).toLowerCase(Locale.ROOT).equals("content-type")) {
        return headers.get(i + 1);
      }
    }
    return null;
  }

  /**
   * For a MISS: marks the response, records its head and returns the chunk tap (a no-op without
   * recorder). Chunks are kept while the request's {@code held} account has room under
   * max-buffered-body-bytes; past that the response is relayed but not cached.
   */
  static Consumer<Buffer> tap(Recorder recorder, Exchange exchange, HttpServerResponse out, HeldBytes held) {
    if (recorder == null) {
      return chunk -> { };
    }
    out.headers().set(STATUS, MISS);
    MultiMap relayed = MultiMap.caseInsensitiveMultiMap();
    ProxyHeaders.copyResponse(exchange.response().headers(), relayed);
    recorder.head(exchange.response().statusCode(), relayed);
    return chunk -> {
      if (!recorder.keeping()) {
        return;
      }
      if (held == null || held.take(chunk.length())) {
        recorder.chunk(chunk);
      } else {
        recorder.drop(); // no room left under max-buffered-body-bytes: relayed, not cached
      }
    };
  }

  static Consumer<String> done(Recorder recorder) {
    return recorder == null ? error -> { } : recorder::done;
  }
}
