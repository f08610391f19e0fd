package io.switchboard.translate;

/** Fed arbitrary byte chunks of an upstream stream; returns what can be emitted so far. Not thread-safe; one per response. */
public interface StreamTranslator {
  io.vertx.core.buffer.Buffer feed(io.vertx.core.buffer.Buffer chunk);

  io.vertx.core.buffer.Buffer finish();   // flushes, emits the final events (e.g. usage chunk, [DONE])
}
