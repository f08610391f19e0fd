package io.switchboard.usage;

import io.vertx.core.buffer.Buffer;

/** Turns a body's bytes, chunk by chunk, into complete payloads for a {@link PayloadSink}. */
interface Framing {
  void accept(Buffer chunk);

  /** The body ended: flush whatever complete payload is pending. */
  void finish();
}
