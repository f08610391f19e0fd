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
   * Relays, writing what {@code transform} makes of the body (null: the body as it is).
   *
   * @param end  the response's end: a client that goes away resets the upstream request
   * @param tap  sees every chunk of the upstream's own bytes right after it was written (payload capture,
   *             usage); must not block
   * @param done called once: with null when the body ended, else with why it broke off
   */
  static void relay(Exchange exchange, HttpServerResponse out, ResponseEnd end, Consumer<Buffer> tap,
      Consumer<String> done, BodyTransform transform) {
    HttpClientResponse in = exchange.response();
    out.setStatusCode(in.statusCode());
    if (in.statusMessage() != null) {
      out.setStatusMessage(in.statusMessage());
    }
    ProxyHeaders.copyResponse(in.headers(), out.headers());
    String length = in.getHeader("content-length");
    if (transform != null) {
      out.headers().remove("content-length").remove("content-encoding");
      out.putHeader("content-type", transform.contentType());
      out.setChunked(true);
    } else if (length != null) {
      out.putHeader("content-length", length);
    } else {
      out.setChunked(true);
    }
    Once once = new Once(done);
    end.onClientGone(() -> {
      exchange.request().reset();
      once.call("client closed the connection before the response ended");
    });
    Coalescer pending = new Coalescer(out, in);
    in.handler(chunk -> {
      pending.add(transform == null ? chunk : transform.feed(chunk));
      tap.accept(chunk);
    });
    in.exceptionHandler(e -> {
      if (!out.ended() && !out.closed()) {
        out.reset();
      }
      once.call("upstream response broke off: " + e.getMessage());
    });
    in.endHandler(v -> {
      if (!out.closed()) {
        if (transform != null) {
          pending.add(transform.finish());
        }
        pending.end();
      }
      once.call(null);
    });
    in.resume();
  }

  /**
   * Joins the chunks that arrive in one event-loop turn into one write, flushed at the end of that
   * turn: a stream whose events come in one TCP read costs one write and one syscall instead of one
   * per event, and no chunk waits longer than the turn it arrived in.
   */
  private static final class Coalescer {
    private final HttpServerResponse out;
    private final HttpClientResponse in;
    private final io.vertx.core.Context context;
    private Buffer pending;
    private boolean scheduled;
    private boolean joined;

    Coalescer(HttpServerResponse out, HttpClientResponse in) {
      this.out = out;
      this.in = in;
      this.context = io.vertx.core.Vertx.currentContext();
    }

    void add(Buffer chunk) {
      if (chunk.length() == 0) {
        return;
      }
      if (pending == null) {
        pending = chunk;
      } else if (!joined) {
        pending = Buffer.buffer(pending.length() + chunk.length()).appendBuffer(pending).appendBuffer(chunk);
        joined = true;
      } else {
        pending.appendBuffer(chunk);
      }
      if (!scheduled) {
        scheduled = true;
        context.runOnContext(v -> flush());
      }
    }

    /**
     * Ends the response with what is pending as its last write: a body that arrived whole goes out
     * with the head in one write.
     */
    void end() {
      Buffer b = pending;
      pending = null;
      joined = false;
      if (b == null) {
        out.end();
      } else {
        out.end(b);
      }
    }

    void flush() {
      scheduled = false;
      Buffer b = pending;
      pending = null;
      joined = false;
      if (b == null || out.closed()) {
        return;
      }
      out.write(b);
      if (out.writeQueueFull()) {
        in.pause();
        out.drainHandler(v -> in.resume());
      }
    }
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
