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

  /** Hears of every attempt that is not handed back for relaying (retried or finally failed). */
  @FunctionalInterface
  interface FailedAttempts {
    void failed(int attempt, String logId, long startedAtMillis, Integer status, String contentType, String error);

    FailedAttempts NONE = (a, id, t, s, c, e) -> { };
  }

  /** Runs the attempts; {@code firstLogId} names attempt 1, later attempts get fresh ids. */
  Future<Exchange> send(Outbound out, RetryPolicy policy, String firstLogId, BooleanSupplier clientGone,
      FailedAttempts failures) {
    Promise<Exchange> result = Promise.promise();
    new Run(out, policy, clientGone, failures, result).attempt(1, firstLogId);
    return result.future();
  }

  /** The attempts of one send. */
  private final class Run {
    final Outbound out;
    final RetryPolicy policy;
    final BooleanSupplier clientGone;
    final FailedAttempts failures;
    final Promise<Exchange> result;

    Run(Outbound out, RetryPolicy policy, BooleanSupplier clientGone, FailedAttempts failures,
        Promise<Exchange> result) {
      this.out = out;
      this.policy = policy;
      this.clientGone = clientGone;
      this.failures = failures;
      this.result = result;
    }

    void attempt(int n, String logId) {
      if (clientGone.getAsBoolean()) {
        result.tryFail(GatewayException.of(ErrorCode.UPSTREAM_UNREACHABLE, "Client went away"));
        return;
      }
      long startedAt = System.currentTimeMillis();
      Attempt a = new Attempt();
      if (policy.timeoutMs() > 0) {
        a.timer = vertx.setTimer(policy.timeoutMs(), id -> a.timeOut());
      }
      upstream.open(out.target(), out.method()).onComplete(opened -> {
        if (opened.failed()) {
          a.cancelTimer();
          retryOrFail(n, logId, startedAt, a.timedOut ? timeout(policy) : unreachable(out));
          return;
        }
        HttpClientRequest req = opened.result();
        a.request = req;
        if (a.timedOut) {
          req.reset();
          retryOrFail(n, logId, startedAt, timeout(policy));
          return;
        }
        req.headers().addAll(out.headers());
        send(req, out).onComplete(sent -> {
          a.cancelTimer();
          if (sent.failed()) {
            retryOrFail(n, logId, startedAt, a.timedOut ? timeout(policy) : unreachable(out));
            return;
          }
          HttpClientResponse resp = sent.result();
          resp.pause();
          if (isRetryable(resp.statusCode()) && n < policy.maxAttempts()) {
            long retryAfter = retryAfterMs(resp.getHeader("retry-after"));
            resp.resume();
            resp.end();
            failures.failed(n, logId, startedAt, resp.statusCode(), resp.getHeader("content-type"),
                "retried: upstream answered " + resp.statusCode());
            scheduleRetry(n, retryAfter);
            return;
          }
          result.tryComplete(new Exchange(req, resp, n, logId, startedAt));
        });
      });
    }

    void retryOrFail(int n, String logId, long startedAt, GatewayException failure) {
      failures.failed(n, logId, startedAt, failure.status(), "application/json", failure.getMessage());
      if (n >= policy.maxAttempts()) {
        result.tryFail(failure);
      } else {
        scheduleRetry(n, -1);
      }
    }

    void scheduleRetry(int failed, long retryAfter) {
      long wait = policy.waitBeforeNext(failed, retryAfter);
      Runnable next = () -> attempt(failed + 1, Ids.uuidV7());
      if (wait <= 0) {
        next.run();
      } else {
        vertx.setTimer(wait, id -> next.run());
      }
    }
  }

  private static Future<HttpClientResponse> send(HttpClientRequest req, Outbound out) {
    boolean bodiless = out.body().length() == 0 && (out.method() == HttpMethod.GET || out.method() == HttpMethod.HEAD
        || out.method() == HttpMethod.DELETE || out.method() == HttpMethod.OPTIONS);
    return bodiless ? req.send() : req.send(out.body());
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
