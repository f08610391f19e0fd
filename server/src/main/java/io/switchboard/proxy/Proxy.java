package io.switchboard.proxy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.cost.Pricing;
import io.switchboard.log.Logs;
import io.switchboard.log.RequestLog;
import io.switchboard.provider.ProviderRegistry;
import io.switchboard.provider.UpstreamTarget;
import io.switchboard.secrets.Credentials;
import io.switchboard.cache.ResponseCache;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/**
 * Provider-native requests, {@code /v1/{account}/{gateway}/{provider}/{path}}: resolves the upstream,
 * forwards method, path, query, headers and body with the request's retry policy, and relays the
 * answer as it streams in. The bare gateway path goes to the {@link Universal} endpoint.
 */
public final class Proxy implements DataPlane.GatewayHandler {
  private final ProviderRegistry providers;
  private final Forwarder forwarder;
  private final Universal universal;
  private final Compat compat;
  private final Logs logs;
  private final Pricing pricing;
  private final BodyLimits bodyLimits;
  private final Credentials credentials;
  private final Caching caching;

  /** With the response cache ({@code cache} null: no caching). */
  public Proxy(Vertx vertx, Upstream upstream, ProviderRegistry providers, Logs logs, Pricing pricing,
      BodyLimits bodyLimits, Credentials credentials, ResponseCache cache) {
    this.caching = cache == null ? Caching.OFF : new Caching(cache);
    this.providers = providers;
    this.logs = logs;
    this.pricing = pricing;
    this.forwarder = new Forwarder(vertx, upstream);
    this.universal = new Universal(providers, forwarder, logs, pricing, bodyLimits, credentials, caching);
    this.compat = new Compat(providers, forwarder, logs, pricing, credentials, bodyLimits);
    this.bodyLimits = bodyLimits;
    this.credentials = credentials;
  }

  @Override
  public void handle(Call call) {
    String rest = call.rest();
    if (rest.isEmpty() || rest.equals("/")) {
      universal.handle(call);
      return;
    }
    HttpServerRequest req = call.request();
    try {
      int slash = rest.indexOf('/', 1);
      String slug = slash < 0 ? rest.substring(1) : rest.substring(1, slash);
      String path = slash < 0 ? "" : rest.substring(slash);
      if (slug.equals("compat")) {
        compat.handle(call, path);
        return;
      }
      RetryPolicy policy = RetryPolicy.of(call.gateway().settings()).withHeaders(req.headers());
      Caching.Use cacheUse = caching.plan(call, slug, req.method(), req.query() == null ? path
          : path + "?" + req.query(), null);
      // a cacheable request resolves its upstream only on a MISS (a HIT sends nothing upstream), but fails
      // now as resolve would for an unknown provider or a dot segment
      if (cacheUse != null) {
        providers.check(slug, path);
      }
      UpstreamTarget target = cacheUse == null ? providers.resolve(slug, path, req.query(), req.headers()) : null;
      LogOptions logOptions = LogOptions.of(call);
      BodyReader.read(call, bodyLimits).onComplete(read -> {
        if (read.failed()) {
          Responses.fail(call, read.cause(), null);
          return;
        }
        Buffer body = read.result();
        RequestLog log = logOptions.start(logs, call, body, "provider");
        caching.lookup(call, cacheUse, body, log, call.requestId(), null, path).onComplete(cached -> {
          if (cached.failed()) {
            Responses.fail(call, cached.cause(), null);
          } else if (!cached.result().served()) {
            forward(call, target, policy, body, log, slug, path, cached.result());
          }
        });
      });
    } catch (RuntimeException e) {
      Responses.fail(call, e, null);
    }
  }

  /** Upstream (uncacheable, or a cache MISS feeding the lookup's recorder), then relayed. */
  private void forward(Call call, UpstreamTarget resolved, RetryPolicy policy, Buffer body, RequestLog log,
      String slug, String path, Caching.Lookup cached) {
    HttpServerRequest req = call.request();
    Future<Exchange> sent;
    try {
      UpstreamTarget target = resolved != null ? resolved : providers.resolve(slug, path, req.query(), req.headers());
      sent = send(call, target, policy, body, log, slug, path);
    } catch (RuntimeException e) {
      sent = Future.failedFuture(e);
    }
    sent.onSuccess(exchange -> Responses.relay(call, exchange, log, pricing, null, slug, path, null,
            cached.recorder()))
        .onFailure(e -> {
          cached.abandon();
          Responses.fail(call, e, null);
        });
  }

  private Future<Exchange> send(Call call, UpstreamTarget target, RetryPolicy policy, Buffer body, RequestLog log,
      String slug, String path) {
    HttpServerRequest req = call.request();
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    ProxyHeaders.copyRequest(req.headers(), headers);
    return credentials.prepare(call.gateway(), target, req.method(), headers, body, req.headers())
        .compose(v -> forwarder.send(new Outbound(target, req.method(), headers, body), policy,
            call.requestId(), () -> req.response().closed(), LogOptions.failures(log, null, slug, path)));
  }
}
