package io.switchboard.proxy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;

/**
 * Sends one outbound request with retries. Retried: connection failures, no response head within
 * the timeout, 429 and 5xx. Not retried: other statuses. Nothing is retried once relayed: this class
 * only hands back a response whose body has not been read. The last attempt's response is returned
 * whatever its status; the last attempt's failure fails the future (504 timeout, 502 unreachable).
 */
final class Forwarder {
  private final Vertx vertx;
  private final Upstream upstream;

  Forwarder(Vertx vertx, Upstream upstream) {
    this.vertx = vertx;
    this.upstream = upstream;
  }

  /** Runs the attempts; {@code firstLogId} names attempt 1, later attempts get fresh ids. */
  Future<Exchange> send(Outbound out, RetryPolicy policy, String firstLogId, BooleanSupplier clientGone) {
    Promise<Exchange> result = Promise.promise();
    attempt(out, policy, 1, firstLogId, clientGone, result);
    return result.future();
  }

  private void attempt(Outbound out, RetryPolicy policy, int n, String logId, BooleanSupplier clientGone,
      Promise<Exchange> result) {
    if (clientGone.getAsBoolean()) {
      result.tryFail(GatewayException.of(ErrorCode.UPSTREAM_UNREACHABLE, "Client went away"));
      return;
    }
    Attempt a = new Attempt();
    if (policy.timeoutMs() > 0) {
      a.timer = vertx.setTimer(policy.timeoutMs(), id -> a.timeOut());
    }
    upstream.open(out.target(), out.method()).onComplete(opened -> {
      if (opened.failed()) {
        a.cancelTimer();
        retryOrFail(out, policy, n, a.timedOut ? timeout(policy) : unreachable(out), -1, clientGone, result);
        return;
      }
      HttpClientRequest req = opened.result();
      a.request = req;
      if (a.timedOut) {
        req.reset();
        retryOrFail(out, policy, n, timeout(policy), -1, clientGone, result);
        return;
      }
      req.headers().addAll(out.headers());
      send(req, out).onComplete(sent -> {
        a.cancelTimer();
        if (sent.failed()) {
          retryOrFail(out, policy, n, a.timedOut ? timeout(policy) : unreachable(out), -1, clientGone, result);
          return;
        }
        HttpClientResponse resp = sent.result();
        resp.pause();
        if (isRetryable(resp.statusCode()) && n < policy.maxAttempts()) {
          long retryAfter = retryAfterMs(resp.getHeader("retry-after"));
          resp.resume();
          resp.end();
          scheduleRetry(out, policy, n, retryAfter, clientGone, result);
          return;
        }
        result.tryComplete(new Exchange(req, resp, n, logId));
      });
    });
  }

  private static Future<HttpClientResponse> send(HttpClientRequest req, Outbound out) {
    boolean bodiless = out.body().length() == 0 && (out.method() == HttpMethod.GET || out.method() == HttpMethod.HEAD
        || out.method() == HttpMethod.DELETE || out.method() == HttpMethod.OPTIONS);
    return bodiless ? req.send() : req.send(out.body());
  }

  private void retryOrFail(Outbound out, RetryPolicy policy, int n, GatewayException failure, long retryAfter,
      BooleanSupplier clientGone, Promise<Exchange> result) {
    if (n >= policy.maxAttempts()) {
      result.tryFail(failure);
    } else {
      scheduleRetry(out, policy, n, retryAfter, clientGone, result);
    }
  }

  private void scheduleRetry(Outbound out, RetryPolicy policy, int failed, long retryAfter,
      BooleanSupplier clientGone, Promise<Exchange> result) {
    long wait = policy.waitBeforeNext(failed, retryAfter);
    Runnable next = () -> attempt(out, policy, failed + 1, Ids.uuidV7(), clientGone, result);
    if (wait <= 0) {
      next.run();
    } else {
      vertx.setTimer(wait, id -> next.run());
    }
  }

  static boolean isRetryable(int status) {
    return status == 429 || status >= 500;
  }

  /** Retry-After as milliseconds: delta-seconds or an HTTP date; -1 when absent or unreadable. */
  static long retryAfterMs(String value) {
    if (value == null || value.isBlank()) {
      return -1;
    }
    try {
      return Math.max(0, Long.parseLong(value.trim()) * 1000);
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, at.toInstant().toEpochMilli() - System.currentTimeMillis());
      } catch (RuntimeException ignored) {
        return -1;
      }
    }
  }

  private static GatewayException timeout(RetryPolicy policy) {
    return GatewayException.of(ErrorCode.UPSTREAM_TIMEOUT,
        "The provider sent no response within " + policy.timeoutMs() + " ms (cf-aig-request-timeout)");
  }

  private static GatewayException unreachable(Outbound out) {
    return GatewayException.of(ErrorCode.UPSTREAM_UNREACHABLE,
        "Could not reach the provider at " + out.target().authority());
  }

  /** State of one attempt shared between its timer and its callbacks (all on one event loop). */
  private final class Attempt {
    long timer = -1;
    boolean timedOut;
    HttpClientRequest request;

    void timeOut() {
      timedOut = true;
      timer = -1;
      if (request != null) {
        request.reset();
      }
    }

    void cancelTimer() {
      if (timer >= 0) {
        vertx.cancelTimer(timer);
        timer = -1;
      }
    }
  }
}
