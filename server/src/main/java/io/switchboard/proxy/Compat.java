package io.switchboard.proxy;

import io.switchboard.cost.Pricing;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.log.Logs;
import io.switchboard.log.RequestLog;
import io.switchboard.provider.ProviderRegistry;
import io.switchboard.provider.UpstreamTarget;
import io.switchboard.secrets.Credentials;
import io.switchboard.translate.UpstreamRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/**
 * The OpenAI-compatible unified API under {@code /v1/{account}/{gateway}/compat/}: chat completions and
 * embeddings to any provider with {@code model: "{provider}/{model}"}, the model list, and an Anthropic
 * Messages front door ({@code /compat/v1/messages}). Requests go through the same credentials, retries,
 * logging and cost as native ones; the log records the provider's own request and response.
 */
final class Compat {
  private final ProviderRegistry providers;
  private final Forwarder forwarder;
  private final Logs logs;
  private final Pricing pricing;
  private final Credentials credentials;
  private final BodyLimits bodyLimits;

  Compat(ProviderRegistry providers, Forwarder forwarder, Logs logs, Pricing pricing, Credentials credentials,
      BodyLimits bodyLimits) {
    this.providers = providers;
    this.forwarder = forwarder;
    this.logs = logs;
    this.pricing = pricing;
    this.credentials = credentials;
    this.bodyLimits = bodyLimits;
  }

  /** {@code sub} is the path after {@code /compat}. */
  void handle(Call call, String sub) {
    HttpServerRequest req = call.request();
    if (sub.equals("/models") && req.method() == HttpMethod.GET) {
      req.resume();
      req.response().putHeader("content-type", "application/json").end(Json.buffer(CompatModels.list(pricing)));
      return;
    }
    boolean chat = sub.equals("/chat/completions");
    boolean frontDoor = sub.equals("/v1/messages");
    boolean embeddings = sub.equals("/embeddings");
    if (!(chat || frontDoor || embeddings) || req.method() != HttpMethod.POST) {
      Responses.fail(call, GatewayException.of(ErrorCode.NO_ROUTE, "No OpenAI-compatible route " + req.method() + " /compat"
          + sub + " (POST /compat/chat/completions, POST /compat/embeddings, GET /compat/models, POST /compat/v1/messages)"),
          null);
      return;
    }
    LogOptions logOptions = LogOptions.of(call);
    BodyReader.read(call, bodyLimits).onComplete(read -> {
      try {
        if (read.failed()) {
          throw read.cause() instanceof RuntimeException r ? r : new IllegalStateException(read.cause());
        }
        if (embeddings) {
          embed(call, CompatRequest.parse(read.result(), false), logOptions);
        } else {
          chat(call, CompatRequest.parse(read.result(), frontDoor), logOptions);
        }
      } catch (RuntimeException e) {
        Responses.fail(call, e, null);
      }
    });
  }

  private void chat(Call call, CompatRequest r, LogOptions logOptions) {
    if (r.slug().equals(AzureCompat.SLUG) && !r.frontDoor()) {
      CompatRoute azure = CompatRoute.of(r.slug());
      send(call, azure, AzureCompat.request(r, "/chat/completions", call.request().query()), logOptions,
          status -> CompatTransforms.passthrough(status));
      return;
    }
    CompatRoute route = r.slug().equals(VertexCompat.SLUG)
        ? VertexCompat.route(credentials.storedKey(call.gateway(), r.slug(), call.request().headers()))
        : CompatRoute.of(r.slug());
    boolean nativeMessages = r.frontDoor() && r.slug().equals("anthropic");
    UpstreamRequest up;
    if (nativeMessages) {
      up = new UpstreamRequest("/v1/messages", r.originalStripped(), Map.of("anthropic-version", "2023-06-01"),
          r.stream());
    } else if (route.translated()) {
      up = route.chat().toUpstream(r.openAi(), VertexCompat.model(r));
    } else {
      up = new UpstreamRequest(route.chatPath(), r.stripped(), Map.of(), r.stream());
    }
    send(call, route, up, logOptions, status -> CompatTransforms.chat(status, route, r, nativeMessages));
  }

  private void embed(Call call, CompatRequest r, LogOptions logOptions) {
    CompatRoute route = CompatRoute.of(r.slug());
    if (r.slug().equals(AzureCompat.SLUG)) {
      send(call, route, AzureCompat.request(r, "/embeddings", call.request().query()), logOptions,
          status -> CompatTransforms.passthrough(status));
      return;
    }
    String format = r.openAi().path("encoding_format").asText("float");
    if (route.translated()) {
      if (route.embeddings() == null) {
        throw GatewayException.of(ErrorCode.INVALID_PROVIDER, "Invalid provider '" + r.slug()
            + "' for /compat/embeddings: it has no embeddings API here");
      }
      UpstreamRequest up = route.embeddings().toUpstream(r.openAi(), r.model());
      send(call, route, up, logOptions, status -> CompatTransforms.embeddings(status, route, r.model(), format));
    } else {
      send(call, route, new UpstreamRequest(route.embeddingsPath(), r.stripped(), Map.of(), false), logOptions,
          status -> CompatTransforms.passthrough(status));
    }
  }

  private void send(Call call, CompatRoute route, UpstreamRequest up, LogOptions logOptions,
      java.util.function.IntFunction<BodyTransform> transformFor) {
    HttpServerRequest req = call.request();
    String slug = route.slug();
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    ProxyHeaders.copyRequest(req.headers(), headers);
    headers.remove("accept-encoding");
    CompatCredentials.move(headers, providers.spec(slug));
    up.headers().forEach(headers::set);
    headers.set("content-type", "application/json");
    String full = route.prefix() + up.path();
    int q = full.indexOf('?');
    String path = q < 0 ? full : full.substring(0, q);
    UpstreamTarget target = providers.resolve(slug, path, q < 0 ? null : full.substring(q + 1), headers);
    Buffer body = Json.buffer(up.body());
    RequestLog log = logOptions.start(logs, call, body, "compat");
    RetryPolicy policy = RetryPolicy.of(call.gateway().settings()).withHeaders(req.headers());
    credentials.prepare(call.gateway(), target, HttpMethod.POST, headers, body, req.headers())
        .compose(v -> forwarder.send(new Outbound(target, HttpMethod.POST, headers, body), policy, call.requestId(),
            () -> req.response().closed(), LogOptions.failures(log, null, slug, path)))
        .onSuccess(exchange -> Responses.relay(call, exchange, log, pricing, null, slug, path,
            transformFor.apply(exchange.response().statusCode()), null))
        .onFailure(e -> Responses.fail(call, e, null));
  }
}
