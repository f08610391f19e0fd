package io.switchboard.testkit;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An in-process upstream provider for tests: records every request it receives and answers each
 * path with a scripted reply. Scripts can be plain replies, status sequences, delays, SSE streams
 * that pause, and binary bodies.
 */
public final class MockUpstream implements AutoCloseable {
  /** What the mock received. */
  public record Received(String method, String uri, MultiMap headers, Buffer body, long atNanos) {
  }

  /** Answers one request; {@code n} counts requests to the same path from 1. */
  @FunctionalInterface
  public interface Reply {
    void answer(HttpServerRequest request, Buffer body, HttpServerResponse response, int n);
  }

  private final Vertx vertx;
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  public MockUpstream() {
    this.vertx = Vertx.vertx();
    this.server = vertx.createHttpServer().requestHandler(this::handle);
    await(server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture());
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
    try {
      return f.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpServerRequest request) {
    long at = System.nanoTime();
    request.body().onSuccess(body -> {
      received.add(new Received(request.method().name(), request.uri(), MultiMap.caseInsensitiveMultiMap()
          .addAll(request.headers()), body, at));
      int n = counts.merge(request.path(), 1, Integer::sum);
      Reply reply = replies.get(request.path());
      if (reply == null) {
        request.response().setStatusCode(404).end("{\"error\":\"no script for " + request.path() + "\"}");
      } else {
        reply.answer(request, body, request.response(), n);
      }
    });
  }

  public MockUpstream on(String path, Reply reply) {
    replies.put(path, reply);
    return this;
  }

  public int port() {
    return server.actualPort();
  }

  public String base() {
    return "http://127.0.0.1:" + port();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public void reset() {
    received.clear();
    counts.clear();
    replies.clear();
  }

  public Vertx vertx() {
    return vertx;
  }

  // ---- canned replies

  public static Reply json(int status, String body) {
    return (req, b, resp, n) -> resp.setStatusCode(status).putHeader("content-type", "application/json").end(body);
  }

  public static Reply withHeaders(Map<String, String> headers, Reply then) {
    return (req, b, resp, n) -> {
      headers.forEach(resp::putHeader);
      then.answer(req, b, resp, n);
    };
  }

  /** Replies with {@code first} for the first {@code times} requests, then {@code then}. */
  public static Reply firstThen(int times, Reply first, Reply then) {
    return (req, b, resp, n) -> (n <= times ? first : then).answer(req, b, resp, n);
  }

  public Reply delayed(long ms, Reply then) {
    return (req, b, resp, n) -> vertx.setTimer(ms, id -> {
      if (!resp.closed()) {
        then.answer(req, b, resp, n);
      }
    });
  }

  /** Sends each event as an SSE {@code data:} line, {@code gapMs} apart, then ends. */
  public Reply sse(List<String> events, long gapMs) {
    return (req, b, resp, n) -> {
      resp.setChunked(true).putHeader("content-type", "text/event-stream").putHeader("cache-control", "no-cache");
      sendEvents(resp, events, 0, gapMs, null);
    };
  }

  /** Like {@link #sse} but waits for {@code release} to be completed before sending the events after {@code pauseAt}. */
  public Reply ssePausing(List<String> events, int pauseAt, java.util.concurrent.CompletableFuture<Void> release,
      Handler<HttpServerResponse> onClose) {
    return (req, b, resp, n) -> {
      resp.setChunked(true).putHeader("content-type", "text/event-stream");
      if (onClose != null) {
        resp.closeHandler(v -> onClose.handle(resp));
      }
      for (int i = 0; i < pauseAt; i++) {
        resp.write("data: " + events.get(i) + "\n\n");
      }
      release.thenRun(() -> vertx.runOnContext(v -> {
        if (!resp.closed()) {
          sendEvents(resp, events, pauseAt, 0, null);
        }
      }));
    };
  }

  private void sendEvents(HttpServerResponse resp, List<String> events, int i, long gapMs, Runnable done) {
    if (resp.closed()) {
      return;
    }
    if (i == events.size()) {
      resp.end();
      return;
    }
    resp.write("data: " + events.get(i) + "\n\n");
    if (gapMs <= 0) {
      sendEvents(resp, events, i + 1, 0, done);
    } else {
      vertx.setTimer(gapMs, id -> sendEvents(resp, events, i + 1, gapMs, done));
    }
  }

  public static Reply binary(String contentType, byte[] bytes) {
    return (req, b, resp, n) -> resp.putHeader("content-type", contentType).end(Buffer.buffer(bytes));
  }

  @Override
  public void close() {
    vertx.close();
  }
}
