package io.switchboard.log;

import io.switchboard.cost.CustomCost;
import io.switchboard.usage.Usage;
import io.vertx.core.buffer.Buffer;
import java.util.Map;

/**
 * What the data plane knows of one request for its log entries; each attempt (retry, fallback step)
 * becomes one entry through {@link #failedAttempt} or {@link #response}. Every entry goes to the
 * {@link AttemptObserver} of {@link Logs} (metrics); it is stored only when logging is on. A request
 * whose gateway or {@code cf-aig-collect-log} turns logging off gets {@link #unstored}, which keeps
 * no bodies and stores nothing; {@link #OFF} records nothing at all.
 */
public final class RequestLog {
  public static final RequestLog OFF = new RequestLog(null, null, null, null, null, null, null, null, null, false,
      Map.of(), null, false, null);
  private final Logs logs;
  private final boolean store;
  private final String gatewayId;
  private final String requestId;
  private final String eventId;
  private final String method;
  private final String userAgent;
  private final String requestContentType;
  private final String requestType;
  private final Buffer requestBody;
  private final boolean authenticated;
  private final Map<String, Object> metadata;
  private final String requestModel;
  private final boolean payloads;
  private final CustomCost customCost;

  /** The request's side of every entry; {@code payloads} false stores metadata only. */
  public RequestLog(Logs logs, String gatewayId, String requestId, String eventId, String method, String userAgent,
      String requestContentType, String requestType, Buffer requestBody, boolean authenticated,
      Map<String, Object> metadata, String requestModel, boolean payloads, CustomCost customCost) {
    this(logs, true, gatewayId, requestId, eventId, method, userAgent, requestContentType, requestType, requestBody,
        authenticated, metadata, requestModel, payloads, customCost);
  }

  private RequestLog(Logs logs, boolean store, String gatewayId, String requestId, String eventId, String method,
      String userAgent, String requestContentType, String requestType, Buffer requestBody, boolean authenticated,
      Map<String, Object> metadata, String requestModel, boolean payloads, CustomCost customCost) {
    this.logs = logs;
    this.store = store && logs != null;
    this.gatewayId = gatewayId;
    this.requestId = requestId;
    this.eventId = eventId;
    this.method = method;
    this.userAgent = userAgent;
    this.requestContentType = requestContentType;
    this.requestType = requestType;
    this.requestBody = requestBody;
    this.authenticated = authenticated;
    this.metadata = metadata;
    this.requestModel = requestModel;
    this.payloads = payloads;
    this.customCost = customCost;
  }

  /**
   * A request that is not logged: its attempts reach only the observer (metrics), without bodies,
   * metadata or client details.
   */
  public static RequestLog unstored(Logs logs, String gatewayId, String requestId, String method,
      String requestType, String requestModel, CustomCost customCost) {
    return new RequestLog(logs, false, gatewayId, requestId, requestId, method, null, null, requestType, null, false,
        Map.of(), requestModel, false, customCost);
  }

  /** The request's {@code cf-aig-custom-cost}, or null. */
  public CustomCost customCost() {
    return customCost;
  }

  /** Whether entries are stored (logging is on for this request). */
  public boolean enabled() {
    return store;
  }

  /** Whether anything hears of the attempts (false only for {@link #OFF}). */
  public boolean observed() {
    return logs != null;
  }

  /** Whether bodies are kept: logging on and payloads not turned off. */
  public boolean payloads() {
    return payloads && store;
  }

  public String requestModel() {
    return requestModel;
  }

  /** An attempt that produced no relayed response: retried, timed out, unreachable, or failed fast. */
  public void failedAttempt(Attempt a, Integer status, String responseContentType, String error) {
    if (observed()) {
      emit(entry(a, status, false, false, responseContentType, 0, null, null, null, true, error));
    }
  }

  /** The response head of the attempt to relay arrived (time to first byte). */
  public void firstByte(Attempt a) {
    if (observed()) {
      logs.observer().firstByte(gatewayId, a.provider(), System.currentTimeMillis() - a.startedAtMillis());
    }
  }

  /** The attempt whose response is relayed: records it when the body has ended (or broke off). */
  public void response(Attempt a, int status, String contentType, long responseSize, Buffer captured,
      boolean complete, Usage usage, Cost cost, String error) {
    if (observed()) {
      emit(entry(a, status, status < 400 && error == null, false, contentType, responseSize, captured, usage, cost,
          complete, error));
    }
  }

  private void emit(LogEntry entry) {
    logs.observer().ended(entry);
    if (store) {
      logs.record(entry);
    }
  }

  /**
   * A response served from the cache (or from an identical request in flight): one entry with
   * {@code cached: true}, cost 0 and no provider tokens, recorded when the replay ended.
   */
  public void cachedResponse(Attempt a, int status, String contentType, Buffer body, String error) {
    if (!observed()) {
      return;
    }
    BodyCapture captured = new BodyCapture();
    captured.add(body);
    emit(entry(a, status, error == null, true, contentType, body.length(), captured.body(), null,
        new Cost(java.math.BigDecimal.ZERO, false), captured.complete(), error));
  }

  private LogEntry entry(Attempt a, Integer status, boolean success, boolean cached, String responseContentType,
      long responseSize,
      Buffer captured, Usage usage, Cost cost, boolean complete, String error) {
    long now = System.currentTimeMillis();
    return new LogEntry(a.logId(), requestId, eventId, logs.accountId(), gatewayId, a.startedAtMillis(), a.provider(),
        usage != null && usage.model() != null ? usage.model() : requestModel, null, method, a.path(), a.number(),
        a.step(), now - a.startedAtMillis(), status, success, cached,
        usage == null ? null : usage.inputTokens(), usage == null ? null : usage.outputTokens(),
        usage == null ? null : usage.cacheReadTokens(), usage == null ? null : usage.cacheWriteTokens(),
        cost == null ? null : cost.usd(), cost != null && cost.custom(), metadata, requestType,
        requestContentType, responseContentType, requestBody == null ? 0 : requestBody.length(), responseSize,
        payloads() ? requestBody : null, payloads() ? captured : null, complete, userAgent, authenticated, error, null,
        null);
  }

  /** One attempt: its log id, number (1-based), step (universal only), provider, path and start time. */
  public record Attempt(String logId, int number, Integer step, String provider, String path, long startedAtMillis) {
  }

  /** The cost of one response in USD, and whether it came from {@code cf-aig-custom-cost}. */
  public record Cost(java.math.BigDecimal usd, boolean custom) {
  }
}
