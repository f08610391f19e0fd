package io.switchboard.proxy;

import io.switchboard.json.Json;
import io.switchboard.cost.Pricing;
import io.switchboard.log.Logs;
import io.switchboard.log.RequestLog;
import io.switchboard.provider.ProviderRegistry;
import io.switchboard.provider.UpstreamTarget;
import io.switchboard.secrets.Credentials;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The universal endpoint, {@code POST /v1/{account}/{gateway}}: steps tried in order, each with its
 * own retries and timeout; a step that fails (no response, timeout, or a status of 400 or more after
 * its retries) falls back to the next. The answer is the first successful step's response, or the
 * last step's response or error, with {@code cf-aig-step} naming the step (0-based). Options take
 * precedence step config, then step headers, then request headers, then gateway settings.
 */
final class Universal {
  private final ProviderRegistry providers;
  private final Forwarder forwarder;
  private final Logs logs;
  private final Pricing pricing;
  private final BodyLimits bodyLimits;
  private final Credentials credentials;
  private final Caching caching;

  Universal(ProviderRegistry providers, Forwarder forwarder, Logs logs, Pricing pricing, BodyLimits bodyLimits,
      Credentials credentials, Caching caching) {
    this.caching = caching;
    this.providers = providers;
    this.forwarder = forwarder;
    this.logs = logs;
    this.pricing = pricing;
    this.bodyLimits = bodyLimits;
    this.credentials = credentials;
  }

  void handle(Call call) {
    HttpServerRequest req = call.request();
    if (req.method() != HttpMethod.POST) {
      Responses.fail(call, UniversalStep.bad("use POST with a JSON array of steps"), null);
      return;
    }
    LogOptions logOptions;
    try {
      logOptions = LogOptions.of(call);
    } catch (RuntimeException e) {
      Responses.fail(call, e, null);
      return;
    }
    BodyReader.read(call, bodyLimits).onComplete(read -> {
      if (read.failed()) {
        Responses.fail(call, read.cause(), null);
        return;
      }
      List<Planned> plan;
      try {
        plan = plan(call, read.result());
      } catch (RuntimeException e) {
        Responses.fail(call, e, null);
        return;
      }
      run(call, plan, 0, logOptions);
    });
  }

  /** A step ready to send: its outbound request and policy, all validated before the first is sent. */
  private record Planned(UniversalStep step, Outbound outbound, RetryPolicy policy, Caching.Use cache) {
  }

  private List<Planned> plan(Call call, Buffer body) {
    List<Planned> plan = new ArrayList<>();
    RetryPolicy base = RetryPolicy.of(call.gateway().settings()).withHeaders(call.request().headers());
    for (UniversalStep step : UniversalStep.parseAll(Json.parse(body))) {
      RetryPolicy policy = base.withHeaders(step.headers()).withStepConfig(step.config(), step.configPath());
      String endpoint = step.endpoint().startsWith("/") ? step.endpoint() : "/" + step.endpoint();
      int q = endpoint.indexOf('?');
      String path = q < 0 ? endpoint : endpoint.substring(0, q);
      String query = q < 0 ? null : endpoint.substring(q + 1);
      UpstreamTarget target = providers.resolve(step.provider(), path, query, step.headers());
      MultiMap headers = MultiMap.caseInsensitiveMultiMap();
      ProxyHeaders.copyRequest(step.headers(), headers);
      Buffer payload = step.query() == null ? Buffer.buffer() : Json.buffer(step.query());
      if (step.query() != null && !headers.contains("content-type")) {
        headers.set("content-type", "application/json");
      }
      plan.add(new Planned(step, new Outbound(target, HttpMethod.POST, headers, payload), policy,
          caching.plan(call, step.provider(), HttpMethod.POST, endpoint, step.headers())));
    }
    return plan;
  }

  private void run(Call call, List<Planned> plan, int i, LogOptions logOptions) {
    Planned p = plan.get(i);
    String logId = i == 0 ? call.requestId() : Ids.uuidV7();
    String path = p.step().endpoint().startsWith("/") ? p.step().endpoint() : "/" + p.step().endpoint();
    RequestLog log = logOptions.start(logs, call, p.outbound().body(), "universal");
    Outbound out = p.outbound();
    caching.lookup(call, p.cache(), out.body(), log, logId, i, path).onComplete(looked -> {
      if (looked.failed()) {
        Responses.fail(call, looked.cause(), i);
      } else if (!looked.result().served()) {
        send(call, plan, i, logId, log, looked.result(), logOptions);
      }
    });
  }

  /** One step upstream (a cache MISS or an uncacheable step), falling back to the next step when it fails. */
  private void send(Call call, List<Planned> plan, int i, String logId, RequestLog log, Caching.Lookup cached,
      LogOptions logOptions) {
    Planned p = plan.get(i);
    boolean last = i == plan.size() - 1;
    String provider = p.step().provider();
    String path = p.step().endpoint().startsWith("/") ? p.step().endpoint() : "/" + p.step().endpoint();
    Outbound out = p.outbound();
    credentials.prepare(call.gateway(), out.target(), out.method(), out.headers(), out.body(),
            Credentials.stepHeaders(call.request().headers(), p.step().headers()))
        .compose(v -> forwarder.send(out, p.policy(), logId, () -> call.request().response().closed(),
            LogOptions.failures(log, i, provider, path)))
        .onComplete(ar -> {
          if (ar.succeeded() && (ar.result().succeeded() || last)) {
            Responses.relay(call, ar.result(), log, pricing, i, provider, path, null, cached.recorder());
            return;
          }
          cached.abandon();
          if (ar.failed() && last) {
            Responses.fail(call, ar.cause(), i);
          } else {
            if (ar.succeeded()) {
              ar.result().response().resume();
              ar.result().response().end();
            }
            if (ar.succeeded()) {
              log.failedAttempt(new RequestLog.Attempt(ar.result().logId(), ar.result().attempt(), i, provider, path,
                  ar.result().startedAtMillis()), ar.result().response().statusCode(),
                  ar.result().response().getHeader("content-type"), "fell back to the next step");
            }
            run(call, plan, i + 1, logOptions);
          }
        });
  }
}
