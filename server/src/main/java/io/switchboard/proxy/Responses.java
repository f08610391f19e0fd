package io.switchboard.proxy;

import io.switchboard.cache.Recorder;
import io.switchboard.cost.Pricing;
import io.switchboard.http.ErrorResponses;
import io.switchboard.usage.Usage;
import io.switchboard.usage.UsageExtractor;
import java.math.BigDecimal;
import java.util.function.Consumer;
import io.switchboard.log.BodyCapture;
import io.switchboard.log.Payloads;
import io.switchboard.log.RequestLog;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Sends the outcome of a data-plane request: relays the chosen upstream response (recording its log
 * entry when the body ends; bodies are captured only when stored, usage always, for the metrics) or writes the gateway's error, with the response id headers set.
 */
final class Responses {
  private Responses() {
  }

  static void relay(Call call, Exchange exchange, RequestLog log, Pricing pricing, Integer step, String provider,
      String path) {
    relay(call, exchange, log, pricing, step, provider, path, null, null);
  }

  /**
   * Relays with the body rewritten by {@code transform} (null: unchanged; the log sees the upstream's
   * bytes either way) and a cache MISS's {@code recorder} (or null) seeing the head, every chunk and the
   * end. A transformed body is never recorded for the cache: the cache replays what the upstream sent.
   */
  static void relay(Call call, Exchange exchange, RequestLog log, Pricing pricing, Integer step, String provider,
      String path, BodyTransform transform, Recorder recorder) {
    if (transform != null && recorder != null) {
      throw new IllegalArgumentException("a transformed response is not cached");
    }
    HttpServerResponse response = call.request().response();
    HeldBytes held = call.end().held();
    Consumer<Buffer> cacheTap = Caching.tap(recorder, exchange, response, held);
    Consumer<String> cacheDone = Caching.done(recorder);
    response.headers().set(Call.LOG_ID, exchange.logId());
    if (step != null) {
      response.headers().set(Call.STEP, step.toString());
    }
    if (!log.observed()) {
      Relay.relay(exchange, response, call.end(), cacheTap, cacheDone, transform);
      return;
    }
    RequestLog.Attempt attempt = new RequestLog.Attempt(exchange.logId(), exchange.attempt(), step, provider, path,
        exchange.startedAtMillis());
    log.firstByte(attempt);
    int status = exchange.response().statusCode();
    String contentType = exchange.response().getHeader("content-type");
    Capture capture = new Capture(log.payloads(), UsageExtractor.create(provider, path, log.requestModel(),
        contentType), held);
    Relay.relay(exchange, response, call.end(), chunk -> {
      capture.accept(chunk);
      cacheTap.accept(chunk);
    }, error -> {
      cacheDone.accept(error);
      Usage usage = capture.usage.finish();
      log.response(attempt, status, contentType, capture.size, capture.body == null ? null : capture.body.body(),
          capture.body == null || capture.body.complete(), usage,
          cost(log, pricing, provider, usage), error);
    }, transform);
  }

  /** The request's custom cost when it set one, else the price table's; null when unknown. */
  private static RequestLog.Cost cost(RequestLog log, Pricing pricing, String provider, Usage usage) {
    if (usage == null) {
      return null;
    }
    if (log.customCost() != null) {
      BigDecimal custom = log.customCost().cost(usage);
      return custom == null ? null : new RequestLog.Cost(custom, true);
    }
    BigDecimal priced = pricing.cost(provider, usage.model(), usage);
    return priced == null ? null : new RequestLog.Cost(priced, false);
  }

  static void fail(Call call, Throwable e, Integer step) {
    if (step != null) {
      call.request().response().headers().set(Call.STEP, step.toString());
    }
    call.request().resume();
    ErrorResponses.aiGateway(call.request().response(), e);
  }

  /**
   * Counts the response and keeps its first {@link Payloads#MAX_BYTES} when payloads are stored, as long
   * as the request's {@code held} account has room under max-buffered-body-bytes (else the rest is left
   * out and the entry says the body is incomplete).
   */
  private static final class Capture {
    final BodyCapture body;
    final UsageExtractor usage;
    private final HeldBytes held;
    long size;

    Capture(boolean keep, UsageExtractor usage, HeldBytes held) {
      this.body = keep ? new BodyCapture() : null;
      this.usage = usage;
      this.held = held;
    }

    void accept(Buffer chunk) {
      size += chunk.length();
      usage.accept(chunk);
      if (body == null || !body.keeping()) {
        return;
      }
      if (held == null || held.take(chunk.length())) {
        body.add(chunk);
      } else {
        body.stop();
      }
    }
  }
}
