package io.switchboard.usage;

import io.vertx.core.buffer.Buffer;
import java.util.Arrays;

/** A growable byte array with a hard cap: appends past the cap mark it overflowed and are dropped. */
final class ByteBuilder {
  private final int cap;
  private byte[] bytes = new byte[256];
  private int length;
  private boolean overflowed;

  ByteBuilder(int cap) {
    this.cap = cap;
  }

  void append(Buffer from, int start, int end) {
    int n = end - start;
    if (n <= 0 || overflowed) {
      return;
    }
    if (!ensure(n)) {
      return;
    }
    from.getBytes(start, end, bytes, length);
    length += n;
  }

  void append(byte[] from, int start, int n) {
    if (n <= 0 || overflowed || !ensure(n)) {
      return;
    }
    System.arraycopy(from, start, bytes, length, n);
    length += n;
  }

  void append(byte b) {
    if (!overflowed && ensure(1)) {
      bytes[length++] = b;
    }
  }

  private boolean ensure(int n) {
    if ((long) length + n > cap) {
      overflowed = true;
      return false;
    }
    if (length + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(cap, Math.max(bytes.length * 2, length + n)));
    }
    return true;
  }

  /** Drops the first {@code n} bytes, keeping the rest. */
  void discard(int n) {
    System.arraycopy(bytes, n, bytes, 0, length - n);
    length -= n;
  }

  void reset() {
    length = 0;
    overflowed = false;
  }

  byte[] array() {
    return bytes;
  }

  int length() {
    return length;
  }

  boolean overflowed() {
    return overflowed;
  }
}
