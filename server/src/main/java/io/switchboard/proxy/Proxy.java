package io.switchboard.proxy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.http.ErrorResponses;
import io.switchboard.provider.ProviderRegistry;
import io.switchboard.provider.UpstreamTarget;
import io.switchboard.secrets.Credentials;
import io.vertx.core.MultiMap;
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
  private final long maxBodyBytes;
  private final Credentials credentials;

  public Proxy(Vertx vertx, Upstream upstream, ProviderRegistry providers, long maxBodyBytes) {
    this(vertx, upstream, providers, maxBodyBytes, Credentials.none());
  }

  /** With {@code credentials} choosing and injecting stored provider keys (BYOK). */
  public Proxy(Vertx vertx, Upstream upstream, ProviderRegistry providers, long maxBodyBytes,
      Credentials credentials) {
    this.providers = providers;
    this.forwarder = new Forwarder(vertx, upstream);
    this.universal = new Universal(providers, forwarder, maxBodyBytes, credentials);
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
        throw GatewayException.of(ErrorCode.INVALID_PROVIDER,
            "Invalid provider: the OpenAI-compatible /compat endpoint is not available in this version");
      }
      RetryPolicy policy = RetryPolicy.of(call.gateway().settings()).withHeaders(req.headers());
      UpstreamTarget target = providers.resolve(slug, path, req.query(), req.headers());
      MultiMap headers = MultiMap.caseInsensitiveMultiMap();
      ProxyHeaders.copyRequest(req.headers(), headers);
      BodyReader.read(req, maxBodyBytes)
          .compose(body -> credentials.prepare(call.gateway(), target, req.method(), headers, body, req.headers())
              .compose(v -> forwarder.send(new Outbound(target, req.method(), headers, body), policy,
                  call.requestId(), () -> req.response().closed())))
          .onSuccess(exchange -> respond(call, exchange, null))
          .onFailure(e -> fail(call, e, null));
    } catch (RuntimeException e) {
      fail(call, e, null);
    }
  }

  static void respond(Call call, Exchange exchange, Integer step) {
    var response = call.request().response();
    response.headers().set(Call.LOG_ID, exchange.logId());
    if (step != null) {
      response.headers().set(Call.STEP, step.toString());
    }
    Relay.relay(exchange, response, chunk -> { }, () -> { });
  }

  static void fail(Call call, Throwable e, Integer step) {
    if (step != null) {
      call.request().response().headers().set(Call.STEP, step.toString());
    }
    call.request().resume();
    ErrorResponses.aiGateway(call.request().response(), e);
  }
}
