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
   * @param tap sees every chunk after it was written (for usage extraction), must not block
   */
  static void relay(Exchange exchange, HttpServerResponse out, Consumer<Buffer> tap, Runnable onEnd) {
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
    out.closeHandler(v -> {
      if (!out.ended()) {
        exchange.request().reset();
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
    });
    in.endHandler(v -> {
      if (!out.closed()) {
        out.end();
      }
      onEnd.run();
    });
    in.resume();
  }
}
