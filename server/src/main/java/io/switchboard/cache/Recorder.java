package io.switchboard.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Captures the response of a cache MISS while it is relayed: its head, then each chunk (up to the
 * largest entry size; past it nothing is kept), then its end. A complete 2xx response is handed to
 * {@code onComplete} (stored and shared with coalesced followers); anything else hands over null.
 * Exactly one of {@link #done} and {@link #abandon} takes effect.
 */
public final class Recorder {
  private final long maxBytes;
  private final Consumer<CachedResponse> onComplete;
  private int status;
  private List<String> headers;
  private Buffer body = Buffer.buffer();
  private boolean finished;

  Recorder(long maxBytes, Consumer<CachedResponse> onComplete) {
    this.maxBytes = maxBytes;
    this.onComplete = onComplete;
  }

  /** The status and the headers as relayed to the client. */
  public void head(int status, MultiMap relayedHeaders) {
    this.status = status;
    if (status < 200 || status > 299) {
      body = null;
      return;
    }
    List<String> h = new ArrayList<>(relayedHeaders.size() * 2);
    relayedHeaders.forEach((name, value) -> {
      String n = name.toLowerCase(Locale.ROOT);
      if (!n.equals("content-length") && !n.startsWith("cf-aig-")) {
        h.add(name);
        h.add(value);
      }
    });
    this.headers = h;
  }

  public void chunk(Buffer chunk) {
    if (body == null) {
      return;
    }
    if (body.length() + (long) chunk.length() > maxBytes) {
      body = null;
      return;
    }
    body.appendBuffer(chunk);
  }

  /** True while the body is still kept (a 2xx response under the largest entry size). */
  public boolean keeping() {
    return body != null;
  }

  /** Keeps nothing more: the response will not be cached. */
  public void drop() {
    body = null;
  }

  /** The body ended ({@code error} null) or broke off. */
  public void done(String error) {
    if (finished) {
      return;
    }
    finished = true;
    onComplete.accept(error == null && body != null && headers != null ? new CachedResponse(status, headers, body)
        : null);
  }

  /** The response will not be relayed (failed, or a universal step fell back). */
  public void abandon() {
    if (!finished) {
      finished = true;
      onComplete.accept(null);
    }
  }
}
