package io.switchboard.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A stand-in for OpenAI's {@code POST /v1/chat/completions} on loopback: a JSON completion, or with
 * {@code "stream":true} twenty {@code chat.completion.chunk} SSE events and {@code data: [DONE]}.
 * Events are written one per event-loop turn, or {@link #chunkDelayMs} apart when that is set, or
 * all at once.
 */
final class MockOpenAi {
  private static final Buffer COMPLETION = OpenAiBodies.completion();
  private static final Buffer DONE = Buffer.buffer(OpenAiBodies.DONE);
  private final Vertx vertx;
  private HttpServer server;
  private volatile long chunkDelayMs;
  private volatile long responseDelayMs;

  private final int port;

  MockOpenAi(Vertx vertx) {
    this(vertx, 0);
  }

  MockOpenAi(Vertx vertx, int port) {
    this.vertx = vertx;
    this.port = port;
  }

  /** Listens on 127.0.0.1 (at a free port unless one was given); returns the port. */
  int start() {
    server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)
        .setTcpNoDelay(true).setAcceptBacklog(4096));
    return Await.result(server.requestHandler(this::handle).listen()).actualPort();
  }

  void stop() {
    if (server != null) {
      Await.result(server.close());
    }
  }

  /**
   * Gap between stream events; 0 writes them back to back, each in its own event-loop turn (so in
   * its own TCP write); negative writes the whole stream at once (one TCP write in practice).
   */
  void chunkDelayMs(long ms) {
    this.chunkDelayMs = ms;
  }

  /**
   * How long a non-streamed completion takes to come back, as a model's generation time does; 0 (the
   * default) answers in the same event-loop turn.
   */
  void responseDelayMs(long ms) {
    this.responseDelayMs = ms;
  }

  private void handle(HttpServerRequest request) {
    if (request.method() != HttpMethod.POST || !request.path().endsWith("/chat/completions")) {
      request.response().setStatusCode(404).end();
      return;
    }
    request.body().onSuccess(body -> respond(request.response(), isStream(body)))
        .onFailure(e -> request.response().setStatusCode(400).end());
  }

  static boolean isStream(Buffer body) {
    String s = body.toString();
    return s.contains("\"stream\":true") || s.contains("\"stream\": true");
  }

  private void respond(HttpServerResponse response, boolean stream) {
    response.putHeader("x-request-id", "req_bench").putHeader("openai-processing-ms", "1");
    if (!stream) {
      response.putHeader("content-type", "application/json");
      long delay = responseDelayMs;
      if (delay > 0) {
        vertx.setTimer(delay, id -> {
          if (!response.closed()) {
            response.end(COMPLETION);
          }
        });
      } else {
        response.end(COMPLETION);
      }
      return;
    }
    response.setChunked(true).putHeader("content-type", "text/event-stream; charset=utf-8")
        .putHeader("cache-control", "no-cache");
    next(response, 0);
  }

  private void next(HttpServerResponse response, int index) {
    if (response.closed()) {
      return;
    }
    if (index == OpenAiBodies.STREAM_EVENTS) {
      response.end(DONE);
      return;
    }
    response.write(OpenAiBodies.event(index, System.nanoTime()));
    long delay = chunkDelayMs;
    if (delay < 0) {
      next(response, index + 1);
    } else if (delay > 0) {
      vertx.setTimer(delay, id -> next(response, index + 1));
    } else {
      vertx.runOnContext(v -> next(response, index + 1));
    }
  }

  /**
   * Runs the mock alone, for trying a gateway by hand:
   * {@code java -cp bench/target/switchboard-bench.jar io.switchboard.bench.MockOpenAi
   * [port] [seconds] [chunkDelayMs]}.
   * Stops after {@code seconds} (default 600).
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
    Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setEventLoopPoolSize(1));
    MockOpenAi mock = new MockOpenAi(vertx, port);
    mock.chunkDelayMs(args.length > 2 ? Long.parseLong(args[2]) : 0);
    int actual = mock.start();
    System.out.println("mock OpenAI on http://127.0.0.1:" + actual + "/v1/chat/completions for " + seconds + " s");
    Thread.sleep(seconds * 1000);
    Await.result(vertx.close());
  }
}
