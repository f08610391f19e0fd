package io.switchboard.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.GatewaySettings;
import io.vertx.core.MultiMap;

/**
 * Attempts, waits and the time-to-first-byte limit of one request (or one universal step).
 * Sources, weakest first: gateway settings, then {@code cf-aig-max-attempts},
 * {@code cf-aig-retry-delay}, {@code cf-aig-backoff} and {@code cf-aig-request-timeout} headers,
 * then a universal step's {@code config}.
 *
 * @param maxAttempts   1 to 5 attempts in all
 * @param baseDelayMs   0 to 5000 ms
 * @param backoff       how the wait grows
 * @param timeoutMs     ms to the first byte of each attempt's response; 0 = none
 */
public record RetryPolicy(int maxAttempts, long baseDelayMs, Backoff backoff, long timeoutMs) {
  public static final long MAX_WAIT_MS = 5_000;
  static final long MAX_TIMEOUT_MS = 3_600_000;
  private static final RetryPolicy NONE = new RetryPolicy(1, 0, Backoff.CONSTANT, 0);

  /** The gateway's defaults: retry_max_attempts, retry_delay, retry_backoff (unset: one attempt). */
  public static RetryPolicy of(GatewaySettings gateway) {
    JsonNode attempts = gateway.get("retry_max_attempts");
    JsonNode delay = gateway.get("retry_delay");
    JsonNode backoff = gateway.get("retry_backoff");
    return new RetryPolicy(
        attempts.isNumber() ? attempts.asInt() : NONE.maxAttempts,
        delay.isNumber() ? delay.asLong() : NONE.baseDelayMs,
        backoff.isTextual() ? Backoff.parse(backoff.asText()) : NONE.backoff,
        0);
  }

  /** This policy overridden by whichever {@code cf-aig-*} retry and timeout headers are present. */
  public RetryPolicy withHeaders(MultiMap headers) {
    return new RetryPolicy(
        (int) number(headers.get("cf-aig-max-attempts"), "cf-aig-max-attempts", 1, 5, maxAttempts),
        number(headers.get("cf-aig-retry-delay"), "cf-aig-retry-delay", 0, MAX_WAIT_MS, baseDelayMs),
        backoff(headers.get("cf-aig-backoff"), "cf-aig-backoff", backoff),
        number(headers.get("cf-aig-request-timeout"), "cf-aig-request-timeout", 0, MAX_TIMEOUT_MS, timeoutMs));
  }

  /** This policy overridden by a universal step's {@code config} object (already shape-checked). */
  RetryPolicy withStepConfig(JsonNode config, String path) {
    if (config == null || config.isNull()) {
      return this;
    }
    return new RetryPolicy(
        (int) number(text(config.get("maxAttempts")), path + ".maxAttempts", 1, 5, maxAttempts),
        number(text(config.get("retryDelay")), path + ".retryDelay", 0, MAX_WAIT_MS, baseDelayMs),
        backoff(text(config.get("backoff")), path + ".backoff", backoff),
        number(text(config.get("requestTimeout")), path + ".requestTimeout", 0, MAX_TIMEOUT_MS, timeoutMs));
  }

  /** The wait before the attempt after {@code failedAttempt}, given an upstream Retry-After (ms, or -1). */
  long waitBeforeNext(int failedAttempt, long retryAfterMs) {
    long wait = backoff.waitMs(baseDelayMs, failedAttempt);
    return retryAfterMs > wait ? Math.min(retryAfterMs, MAX_WAIT_MS) : wait;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static long number(String raw, String name, long min, long max, long current) {
    if (raw == null) {
      return current;
    }
    try {
      long n = Long.parseLong(raw.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw GatewayException.of(ErrorCode.BAD_REQUEST_HEADER,
        "Invalid " + name + ": expected a whole number from " + min + " to " + max + ", got '" + raw + "'");
  }

  private static Backoff backoff(String raw, String name, Backoff current) {
    if (raw == null) {
      return current;
    }
    Backoff b = Backoff.parse(raw);
    if (b == null) {
      throw GatewayException.of(ErrorCode.BAD_REQUEST_HEADER,
          "Invalid " + name + ": expected constant, linear or exponential, got '" + raw + "'");
    }
    return b;
  }
}
