package io.switchboard.proxy;

import io.switchboard.cache.CachedResponse;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.function.Consumer;

/**
 * Writes a cached response (a cache HIT) to the client: status, the stored headers and a
 * {@code content-length}, then the body in slices of {@link #SLICE} bytes, waiting for the client's
 * write queue to drain whenever it is full (the same backpressure as {@link Relay}). A stored stream
 * is replayed byte for byte, so the client reads the same SSE events in the same order. The stored
 * buffer is shared and never modified; each write sends a view of it.
 */
final class Replay {
  static final int SLICE = 64 * 1024;

  private Replay() {
  }

  /** @param done called once: null when the body was written, else why it stopped */
  static void replay(CachedResponse cached, HttpServerResponse out, Consumer<String> done) {
    out.setStatusCode(cached.status());
    CharSequence[] headers = cached.replayHeaders();
    MultiMap outHeaders = out.headers();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      outHeaders.add(headers[i], headers[i + 1]);
    }
    Buffer body = cached.body();
    if (body.length() <= SLICE) {
      out.end(body);
      done.accept(null);
      return;
    }
    write(body, 0, out, done);
  }

  private static void write(Buffer body, int from, HttpServerResponse out, Consumer<String> done) {
    int at = from;
    while (at < body.length()) {
      if (out.closed()) {
        done.accept("client closed the connection before the response ended");
        return;
      }
      int end = Math.min(body.length(), at + SLICE);
      out.write(body.slice(at, end));
      at = end;
      if (out.writeQueueFull() && at < body.length()) {
        int next = at;
        out.drainHandler(v -> write(body, next, out, done));
        return;
      }
    }
    out.end();
    done.accept(null);
  }
}
