package io.switchboard.usage;

import io.vertx.core.buffer.Buffer;

/**
 * A non-streamed body, kept up to a cap and handed over whole at the end. A body over the cap is
 * given up. A body that turns out to be SSE after all (a provider that streamed without saying so)
 * is re-read as SSE.
 */
final class BodyFraming implements Framing {
  private final PayloadSink whole;
  private final PayloadSink streamed;
  private final ByteBuilder body;
  private final int cap;
  private boolean decided;
  private boolean ignored;

  BodyFraming(PayloadSink whole, PayloadSink streamed, int cap) {
    this.whole = whole;
    this.streamed = streamed;
    this.cap = cap;
    this.body = new ByteBuilder(cap);
  }

  @Override
  public void accept(Buffer chunk) {
    if (!decided) {
      decide(chunk);
    }
    if (!ignored) {
      body.append(chunk, 0, chunk.length());
    }
  }

  /** At the first non-blank byte: a body that cannot be JSON or SSE (audio, images) is not kept. */
  private void decide(Buffer chunk) {
    for (int i = 0; i < chunk.length(); i++) {
      byte b = chunk.getByte(i);
      if (!Character.isWhitespace(b)) {
        decided = true;
        ignored = !(b == '{' || b == '[' || b == 'd' || b == 'e' || b == ':');
        return;
      }
    }
  }

  @Override
  public void finish() {
    if (ignored || body.overflowed()) {
      return;
    }
    byte[] b = body.array();
    int n = body.length();
    int i = 0;
    while (i < n && Character.isWhitespace(b[i])) {
      i++;
    }
    if (i == n) {
      return;
    }
    if (b[i] == '{' || b[i] == '[') {
      whole.payload(b, i, n - i);
    } else if (b[i] == 'd' || b[i] == 'e' || b[i] == ':') {
      LineFraming sse = new LineFraming(streamed, false, cap);
      sse.accept(Buffer.buffer().appendBytes(b, i, n - i));
      sse.finish();
    }
  }
}
