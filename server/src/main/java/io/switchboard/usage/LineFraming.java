package io.switchboard.usage;

import io.vertx.core.buffer.Buffer;

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
    int start = 0;
    int end = chunk.length();
    for (int i = 0; i < end; i++) {
      if (chunk.getByte(i) == '\n') {
        line.append(chunk, start, i);
        endLine();
        start = i + 1;
      }
    }
    line.append(chunk, start, end);
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
      byte[] b = line.array();
      int n = line.length();
      if (n > 0 && b[n - 1] == '\r') {
        n--;
      }
      if (ndjson) {
        emit(b, 0, n);
      } else {
        sseLine(b, n);
      }
    }
    line.reset();
  }

  private void sseLine(byte[] b, int n) {
    if (n == 0) {
      dispatch();
      return;
    }
    if (n < 5 || b[0] != 'd' || b[1] != 'a' || b[2] != 't' || b[3] != 'a' || b[4] != ':') {
      return;
    }
    int from = n > 5 && b[5] == ' ' ? 6 : 5;
    if (hasData) {
      data.append((byte) '\n');
    }
    data.append(b, from, n - from);
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
