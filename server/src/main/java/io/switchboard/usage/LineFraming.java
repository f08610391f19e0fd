package io.switchboard.usage;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;

/**
 * Server-sent events (and, with {@code ndjson}, newline-delimited JSON), parsed line by line. Only
 * the current partial line and the current event's data are kept, each capped; an over-long line or
 * event is dropped whole. Lines end with LF or CRLF; {@code data:} lines of one event are joined with
 * LF; a blank line dispatches the event; {@code [DONE]} and comments are ignored.
 */
final class LineFraming implements Framing {
  private static final byte[] DONE = {'[', 'D', 'O', 'N', 'E', ']'};
  private final PayloadSink sink;
  private final boolean ndjson;
  private final ByteBuilder line;
  private final ByteBuilder data;
  private boolean hasData;

  LineFraming(PayloadSink sink, boolean ndjson, int cap) {
    this.sink = sink;
    this.ndjson = ndjson;
    this.line = new ByteBuilder(cap);
    this.data = new ByteBuilder(cap);
  }

  @Override
  public void accept(Buffer chunk) {
    ByteBuf bytes = chunk instanceof BufferInternal internal ? internal.unwrap() : null;
    if (bytes != null && bytes.hasArray()) {
      accept(bytes.array(), bytes.arrayOffset(), bytes.arrayOffset() + chunk.length());
    } else {
      accept(chunk.getBytes(), 0, chunk.length());
    }
  }

  /** Scans {@code b[from, to)} in place (a heap chunk's own array): a plain loop, no bounds-checked reads. */
  private void accept(byte[] b, int from, int to) {
    int start = from;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        if (line.length() == 0 && !line.overflowed()) {
          endLine(b, start, i - start);
        } else {
          line.append(b, start, i - start);
          endLine();
        }
        start = i + 1;
      }
    }
    line.append(b, start, to - start);
  }

  @Override
  public void finish() {
    if (line.length() > 0) {
      endLine();
    }
    dispatch();
  }

  private void endLine() {
    if (!line.overflowed()) {
      endLine(line.array(), 0, line.length());
    }
    line.reset();
  }

  /** One whole line {@code b[off, off + n)}, without its LF. */
  private void endLine(byte[] b, int off, int n) {
    if (n > 0 && b[off + n - 1] == '\r') {
      n--;
    }
    if (ndjson) {
      emit(b, off, n);
    } else {
      sseLine(b, off, n);
    }
  }

  private void sseLine(byte[] b, int off, int n) {
    if (n == 0) {
      dispatch();
      return;
    }
    if (n < 5 || b[off] != 'd' || b[off + 1] != 'a' || b[off + 2] != 't' || b[off + 3] != 'a' || b[off + 4] != ':') {
      return;
    }
    int from = n > 5 && b[off + 5] == ' ' ? 6 : 5;
    if (hasData) {
      data.append((byte) '\n');
    }
    data.append(b, off + from, n - from);
    hasData = true;
  }

  private void dispatch() {
    if (hasData && !data.overflowed()) {
      emit(data.array(), 0, data.length());
    }
    data.reset();
    hasData = false;
  }

  private void emit(byte[] b, int off, int n) {
    while (n > 0 && (b[off] == ' ' || b[off] == '\t')) {
      off++;
      n--;
    }
    if (n == 0 || (n == DONE.length && Hint.indexOf(b, off, off + n, DONE) == off)) {
      return;
    }
    sink.payload(b, off, n);
  }
}
