package io.switchboard.translate;

import io.vertx.core.buffer.Buffer;

/** Fed arbitrary byte chunks of an upstream stream; returns what can be emitted so far. Not thread-safe; one per response. */
public interface StreamTranslator {
  /** Consumes one chunk (split anywhere) and returns the bytes ready to send, possibly empty. */
  Buffer feed(Buffer chunk);

  /** Flushes, emits the final events (e.g. usage chunk, [DONE]). */
  Buffer finish();
}
