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
  private final long maxBodyBytes;
  private final Credentials credentials;
  private final Caching caching;

  /** With the response cache ({@code cache} null: no caching). */
  public Proxy(Vertx vertx, Upstream upstream, ProviderRegistry providers, Logs logs, Pricing pricing,
      long maxBodyBytes, Credentials credentials, ResponseCache cache) {
    this.caching = cache == null ? Caching.OFF : new Caching(cache);
    this.providers = providers;
    this.logs = logs;
    this.pricing = pricing;
    this.forwarder = new Forwarder(vertx, upstream);
    this.universal = new Universal(providers, forwarder, logs, pricing, maxBodyBytes, credentials, caching);
    this.compat = new Compat(providers, forwarder, logs, pricing, credentials, maxBodyBytes);
    this.maxBodyBytes = maxBodyBytes;
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
      UpstreamTarget target = providers.resolve(slug, path, req.query(), req.headers());
      LogOptions logOptions = LogOptions.of(call);
      MultiMap headers = MultiMap.caseInsensitiveMultiMap();
      ProxyHeaders.copyRequest(req.headers(), headers);
      Caching.Use cacheUse = caching.plan(call, slug, req.method(), req.query() == null ? path
          : path + "?" + req.query(), null);
      BodyReader.read(req, maxBodyBytes)
          .compose(body -> {
            RequestLog log = logOptions.start(logs, call, body, "provider");
            return caching.lookup(call, cacheUse, body, log, call.requestId(), null, path).compose(cached ->
                cached.served() ? Future.<Void>succeededFuture() : send(call, target, policy, headers, body, log,
                    slug, path)
                    .onSuccess(exchange -> Responses.relay(call, exchange, log, pricing, null, slug, path, null,
                        cached.recorder()))
                    .onFailure(e -> cached.abandon()).<Void>mapEmpty());
          })
          .onFailure(e -> Responses.fail(call, e, null));
    } catch (RuntimeException e) {
      Responses.fail(call, e, null);
    }
  }

  private Future<Exchange> send(Call call, UpstreamTarget target, RetryPolicy policy, MultiMap headers, Buffer body,
      RequestLog log, String slug, String path) {
    HttpServerRequest req = call.request();
    return credentials.prepare(call.gateway(), target, req.method(), headers, body, req.headers())
        .compose(v -> forwarder.send(new Outbound(target, req.method(), headers, body), policy,
            call.requestId(), () -> req.response().closed(), LogOptions.failures(log, null, slug, path)));
  }
}
