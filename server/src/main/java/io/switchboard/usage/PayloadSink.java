package io.switchboard.usage;

/** Receives one complete JSON payload (an SSE event's data, an event-stream frame, a body). */
@FunctionalInterface
interface PayloadSink {
  void payload(byte[] bytes, int offset, int length);
}
