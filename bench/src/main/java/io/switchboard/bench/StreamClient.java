package io.switchboard.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Streaming load generator: {@code concurrency} loops, each sending streamed chat completions back
 * to back over its own keep-alive connection until the deadline. It records the time to the first
 * body byte of each stream and, for every event, its delay since the mock wrote it (the mock runs in
 * this JVM, so both ends read the same {@link System#nanoTime()} clock). All callbacks run on the
 * single event loop of {@code vertx}.
 */
final class StreamClient {
  private static final Buffer BODY = Buffer.buffer(OpenAiBodies.request(true));
  private final Vertx vertx;

  StreamClient(Vertx vertx) {
    this.vertx = vertx;
  }

  /** What a run measured. */
  static final class Result {
    final Samples ttfb = new Samples();
    final Samples chunkDelay = new Samples();
    long streams;
    long errors;
    String firstError;
  }

  /** Runs the loops; each starts after a random delay up to {@code jitterMs}. */
  Future<Result> run(String url, int concurrency, long seconds, long jitterMs) {
    HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
            .setIdleTimeout(30).setConnectTimeout(10_000),
        new PoolOptions().setHttp1MaxSize(concurrency).setMaxWaitQueueSize(-1));
    Result result = new Result();
    Promise<Result> done = Promise.promise();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int[] running = {concurrency};
    Runnable loopEnded = () -> {
      if (--running[0] == 0) {
        client.close().onComplete(v -> done.complete(result));
      }
    };
    vertx.runOnContext(v -> {
      for (int i = 0; i < concurrency; i++) {
        long delay = jitterMs > 0 ? 1 + ThreadLocalRandom.current().nextLong(jitterMs) : 0;
        Runnable start = () -> loop(client, url, deadline, result, loopEnded);
        if (delay > 0) {
          vertx.setTimer(delay, id -> start.run());
        } else {
          start.run();
        }
      }
    });
    return done.future();
  }

  private void loop(HttpClient client, String url, long deadline, Result result, Runnable ended) {
    if (System.nanoTime() >= deadline) {
      ended.run();
      return;
    }
    one(client, url, result).onComplete(ar -> {
      if (ar.succeeded()) {
        result.streams++;
      } else {
        result.errors++;
        if (result.firstError == null) {
          result.firstError = String.valueOf(ar.cause().getMessage());
        }
      }
      loop(client, url, deadline, result, ended);
    });
  }

  private Future<Void> one(HttpClient client, String url, Result result) {
    long start = System.nanoTime();
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
        .setIdleTimeout(30_000).putHeader("content-type", "application/json")
        .putHeader("authorization", "Bearer sk-bench-not-a-real-key");
    return client.request(options).compose(req -> req.send(BODY)).compose(resp -> read(resp, start, result));
  }

  private Future<Void> read(HttpClientResponse resp, long start, Result result) {
    if (resp.statusCode() != 200) {
      return resp.body().compose(b -> Future.failedFuture("HTTP " + resp.statusCode() + ": "
          + b.toString().substring(0, Math.min(200, b.length()))));
    }
    Promise<Void> promise = Promise.promise();
    SseScanner scanner = new SseScanner();
    boolean[] first = {true};
    resp.handler(buf -> {
      long now = System.nanoTime();
      if (first[0]) {
        first[0] = false;
        result.ttfb.add(now - start);
      }
      scanner.feed(buf, now, result.chunkDelay);
    });
    resp.exceptionHandler(promise::tryFail);
    resp.endHandler(v -> {
      if (scanner.events() == OpenAiBodies.STREAM_EVENTS && scanner.done()) {
        promise.tryComplete();
      } else {
        promise.tryFail("stream ended after " + scanner.events() + " events, [DONE] " + scanner.done());
      }
    });
    return promise.future();
  }
}
