package io.switchboard.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import java.util.function.Consumer;

/**
 * Relays an upstream response to the client as it arrives: status and headers first, then each
 * chunk, pausing the upstream while the client's write queue is full. A client that goes away resets
 * the upstream request; an upstream that breaks mid-body resets the client's stream.
 */
final class Relay {
  private Relay() {
  }

  /**
   * @param tap  sees every chunk right after it was written (payload capture, usage); must not block
   * @param done called once: with null when the body ended, else with why it broke off
   */
  static void relay(Exchange exchange, HttpServerResponse out, Consumer<Buffer> tap, Consumer<String> done) {
    HttpClientResponse in = exchange.response();
    out.setStatusCode(in.statusCode());
    if (in.statusMessage() != null) {
      out.setStatusMessage(in.statusMessage());
    }
    ProxyHeaders.copyResponse(in.headers(), out.headers());
    String length = in.getHeader("content-length");
    if (length != null) {
      out.putHeader("content-length", length);
    } else {
      out.setChunked(true);
    }
    Once once = new Once(done);
    out.closeHandler(v -> {
      if (!out.ended()) {
        exchange.request().reset();
        once.call("client closed the connection before the response ended");
      }
    });
    in.handler(chunk -> {
      out.write(chunk);
      tap.accept(chunk);
      if (out.writeQueueFull()) {
        in.pause();
        out.drainHandler(v -> in.resume());
      }
    });
    in.exceptionHandler(e -> {
      if (!out.ended() && !out.closed()) {
        out.reset();
      }
      once.call("upstream response broke off: " + e.getMessage());
    });
    in.endHandler(v -> {
      if (!out.closed()) {
        out.end();
      }
      once.call(null);
    });
    in.resume();
  }

  /** Calls its consumer at most once. */
  private static final class Once {
    private Consumer<String> target;

    Once(Consumer<String> target) {
      this.target = target;
    }

    void call(String value) {
      Consumer<String> t = target;
      target = null;
      if (t != null) {
        t.accept(value);
      }
    }
  }
}
