package io.switchboard.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Open-loop load at a fixed rate: every millisecond it sends as many non-streamed chat completions as
 * the schedule says are due ({@code rate × elapsed}), whatever is still in flight, over at most
 * {@code connections} keep-alive connections (requests wait in the pool beyond that). It counts 2xx
 * answers and failures and keeps each latency, measured from the scheduled send time so that a
 * stalled gateway shows up as latency rather than as a lower rate. Runs on one event loop.
 */
final class RateDriver {
  private static final Buffer BODY = Buffer.buffer(OpenAiBodies.request(false));
  private final Vertx vertx;

  RateDriver(Vertx vertx) {
    this.vertx = vertx;
  }

  /** What a run did. */
  static final class Result {
    final Samples latency = new Samples();
    long sent;
    long ok;
    long failed;
    double seconds;
    String firstError;

    double achievedRate() {
      return ok / seconds;
    }
  }

  Future<Result> run(String url, int rate, int seconds, int connections) {
    HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
        .setIdleTimeout(30).setConnectTimeout(10_000), new PoolOptions().setHttp1MaxSize(connections)
        .setMaxWaitQueueSize(-1));
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
        .putHeader("content-type", "application/json").putHeader("authorization", "Bearer sk-bench-not-a-real-key");
    Result result = new Result();
    Promise<Result> done = Promise.promise();
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    long[] pending = {0};
    vertx.setPeriodic(1, timer -> {
      long due = Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L);
      while (result.sent < due) {
        long scheduled = start + result.sent * 1_000_000_000L / rate;
        result.sent++;
        pending[0]++;
        send(client, options, result, scheduled).onComplete(v -> {
          if (--pending[0] == 0 && result.sent == total) {
            result.seconds = (System.nanoTime() - start) / 1e9;
            client.close().onComplete(c -> done.complete(result));
          }
        });
      }
      if (result.sent == total) {
        vertx.cancelTimer(timer);
      }
    });
    return done.future();
  }

  private static Future<Void> send(HttpClient client, RequestOptions options, Result result, long scheduled) {
    return client.request(options).compose(req -> req.send(BODY)).compose(resp -> resp.body().map(body -> {
      if (resp.statusCode() / 100 == 2) {
        result.ok++;
      } else {
        fail(result, "HTTP " + resp.statusCode() + " " + body.toString());
      }
      result.latency.add(System.nanoTime() - scheduled);
      return (Void) null;
    })).recover(e -> {
      fail(result, e.toString());
      return Future.succeededFuture();
    });
  }

  private static void fail(Result result, String error) {
    result.failed++;
    if (result.firstError == null) {
      result.firstError = error.length() > 200 ? error.substring(0, 200) : error;
    }
  }
}
