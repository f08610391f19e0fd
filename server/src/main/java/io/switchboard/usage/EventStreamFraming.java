package io.switchboard.usage;

import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * AWS event-stream binary framing ({@code application/vnd.amazon.eventstream}), as Bedrock's
 * ConverseStream and InvokeModelWithResponseStream send it. Each message is: total length (4 bytes,
 * big-endian), headers length (4), prelude CRC32 (4), headers, payload, message CRC32 (4). Headers
 * are skipped; the payload (JSON) goes to the sink, and a {@code {"bytes": "<base64>"}} payload
 * (InvokeModelWithResponseStream) is unwrapped first. A bad length or CRC stops the framing for good.
 */
final class EventStreamFraming implements Framing {
  private static final int PRELUDE = 12;
  private static final int MIN_MESSAGE = 16;
  private static final byte[] BYTES_KEY = "\"bytes\"".getBytes(StandardCharsets.US_ASCII);
  private final PayloadSink sink;
  private final ByteBuilder pending;
  private final int cap;
  private final CRC32 crc = new CRC32();
  private boolean broken;

  EventStreamFraming(PayloadSink sink, int cap) {
    this.sink = sink;
    this.cap = cap;
    this.pending = new ByteBuilder(cap);
  }

  @Override
  public void accept(Buffer chunk) {
    if (broken) {
      return;
    }
    int at = 0;
    while (at < chunk.length() && !broken) {
      int room = cap - pending.length();
      if (room == 0) {
        broken = true;
        return;
      }
      int end = Math.min(chunk.length(), at + room);
      pending.append(chunk, at, end);
      at = end;
      while (!broken && nextMessage()) {
        // each iteration consumed one whole message
      }
    }
  }

  @Override
  public void finish() {
    // an incomplete trailing message carries nothing usable
  }

  /** Consumes one complete message if the pending bytes hold one. */
  private boolean nextMessage() {
    byte[] b = pending.array();
    int have = pending.length();
    if (have < PRELUDE) {
      return false;
    }
    int total = readInt(b, 0);
    int headers = readInt(b, 4);
    if (total < MIN_MESSAGE || total > cap || headers < 0 || headers > total - MIN_MESSAGE
        || !crcMatches(b, 0, 8, readInt(b, 8))) {
      broken = true;
      return false;
    }
    if (have < total) {
      return false;
    }
    if (!crcMatches(b, 0, total - 4, readInt(b, total - 4))) {
      broken = true;
      return false;
    }
    int start = PRELUDE + headers;
    payload(b, start, total - 4 - start);
    pending.discard(total);
    return true;
  }

  private void payload(byte[] b, int off, int len) {
    int key = Hint.indexOf(b, off, off + len, BYTES_KEY);
    if (key < 0) {
      sink.payload(b, off, len);
      return;
    }
    byte[] inner = decodeString(b, key + BYTES_KEY.length, off + len);
    if (inner != null) {
      sink.payload(inner, 0, inner.length);
    }
  }

  /** Decodes the base64 string value that follows a key, or null when it is not one. */
  private static byte[] decodeString(byte[] b, int i, int end) {
    while (i < end && b[i] != '"') {
      i++;
    }
    int open = i;
    i++;
    while (i < end && b[i] != '"') {
      i++;
    }
    if (open >= end || i >= end) {
      return null;
    }
    try {
      ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(b, open + 1, i - open - 1));
      byte[] out = new byte[decoded.remaining()];
      decoded.get(out);
      return out;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean crcMatches(byte[] b, int off, int len, int expected) {
    crc.reset();
    crc.update(b, off, len);
    return (int) crc.getValue() == expected;
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }
}
