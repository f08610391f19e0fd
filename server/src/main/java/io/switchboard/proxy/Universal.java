package io.switchboard.proxy;

import io.switchboard.json.Json;
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
  private final long maxBodyBytes;
  private final Credentials credentials;

  Universal(ProviderRegistry providers, Forwarder forwarder, long maxBodyBytes, Credentials credentials) {
    this.providers = providers;
    this.forwarder = forwarder;
    this.maxBodyBytes = maxBodyBytes;
    this.credentials = credentials;
  }

  void handle(Call call) {
    HttpServerRequest req = call.request();
    if (req.method() != HttpMethod.POST) {
      Proxy.fail(call, UniversalStep.bad("use POST with a JSON array of steps"), null);
      return;
    }
    BodyReader.read(req, maxBodyBytes).onComplete(read -> {
      if (read.failed()) {
        Proxy.fail(call, read.cause(), null);
        return;
      }
      List<Planned> plan;
      try {
        plan = plan(call, read.result());
      } catch (RuntimeException e) {
        Proxy.fail(call, e, null);
        return;
      }
      run(call, plan, 0);
    });
  }

  /** A step ready to send: its outbound request and policy, all validated before the first is sent. */
  private record Planned(UniversalStep step, Outbound outbound, RetryPolicy policy) {
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
      plan.add(new Planned(step, new Outbound(target, HttpMethod.POST, headers, payload), policy));
    }
    return plan;
  }

  private void run(Call call, List<Planned> plan, int i) {
    Planned p = plan.get(i);
    boolean last = i == plan.size() - 1;
    String logId = i == 0 ? call.requestId() : Ids.uuidV7();
    Outbound out = p.outbound();
    credentials.prepare(call.gateway(), out.target(), out.method(), out.headers(), out.body(),
            Credentials.stepHeaders(call.request().headers(), p.step().headers()))
        .compose(v -> forwarder.send(out, p.policy(), logId, () -> call.request().response().closed()))
        .onComplete(ar -> {
          if (ar.succeeded() && (ar.result().succeeded() || last)) {
            Proxy.respond(call, ar.result(), i);
          } else if (ar.failed() && last) {
            Proxy.fail(call, ar.cause(), i);
          } else {
            if (ar.succeeded()) {
              ar.result().response().resume();
              ar.result().response().end();
            }
            run(call, plan, i + 1);
          }
        });
  }
}
