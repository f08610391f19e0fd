package io.switchboard.log;

import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One log entry: one attempt of one data-plane request (spec §6.2 plus Switchboard's own fields).
 * Retries and fallback steps are separate entries sharing {@code requestId}; a cache hit is one
 * entry with cost 0. Bodies are raw here and compressed by the writer, off the event loop.
 *
 * @param requestBody  the request body to store, or null when payloads are not collected
 * @param responseBody the captured response body (at most {@link Payloads#MAX_BYTES}), or null
 * @param responseComplete false when the response was longer than what was captured
 * @param cost         exact cost in USD, or null when unknown
 * @param metadata     up to 5 entries from {@code cf-aig-metadata} (String, Number or Boolean values)
 * @param dlpAction    reserved for DLP (FLAG or BLOCK), null for now
 * @param guardrail    reserved for guardrail results (JSON text), null for now
 */
public record LogEntry(
    String id,
    String requestId,
    String eventId,
    String accountId,
    String gatewayId,
    long createdAtMillis,
    String provider,
    String model,
    String modelType,
    String method,
    String path,
    int attempt,
    Integer step,
    long durationMs,
    Integer statusCode,
    boolean success,
    boolean cached,
    Long tokensIn,
    Long tokensOut,
    Long cacheReadTokens,
    Long cacheWriteTokens,
    BigDecimal cost,
    boolean customCost,
    Map<String, Object> metadata,
    String requestType,
    String requestContentType,
    String responseContentType,
    long requestSize,
    long responseSize,
    Buffer requestBody,
    Buffer responseBody,
    boolean responseComplete,
    String userAgent,
    boolean authenticated,
    String error,
    String dlpAction,
    String guardrail) {

  public LogEntry {
    metadata = metadata == null || metadata.isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }
}
