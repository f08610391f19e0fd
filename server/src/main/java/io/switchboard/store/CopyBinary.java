package io.switchboard.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format, appended to one growable array: the signature and
 * header, then per row a field count and each field as a 4-byte length (-1 for NULL) and its bytes
 * (text as UTF-8, {@code bigint} and {@code double precision} as 8 big-endian bytes, {@code boolean}
 * as one byte, {@code bytea} raw), then the trailer. Values go into the array, never into SQL text.
 * PostgreSQL text cannot hold U+0000, so a NUL in a string is stored as U+FFFD instead of failing
 * the whole batch.
 */
final class CopyBinary {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
  /** Arrays up to this size are kept between streams: the flush size plus one row's worth of room. */
  static final int KEPT_BYTES = 2 << 20;
  private byte[] bytes;
  private int size;

  CopyBinary(int initialCapacity) {
    bytes = new byte[Math.max(64, initialCapacity)];
    header();
  }

  /** Starts the next row, of {@code fields} fields. */
  CopyBinary row(int fields) {
    short16(fields);
    return this;
  }

  CopyBinary text(String s) {
    if (s == null) {
      return nul();
    }
    int n = s.length();
    ensure(4 + n);
    int lengthAt = size;
    size += 4;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch == 0 || ch >= 0x80) {
        size = lengthAt;
        return bytea(utf8(s));
      }
      bytes[size++] = (byte) ch;
    }
    putInt(lengthAt, n);
    return this;
  }

  CopyBinary int8(Long v) {
    return v == null ? nul() : int8(v.longValue());
  }

  CopyBinary int8(long v) {
    ensure(12);
    putInt(size, 8);
    size += 4;
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (v >>> shift);
    }
    return this;
  }

  CopyBinary bool(Boolean v) {
    if (v == null) {
      return nul();
    }
    ensure(5);
    putInt(size, 1);
    size += 4;
    bytes[size++] = (byte) (v ? 1 : 0);
    return this;
  }

  CopyBinary bytea(byte[] v) {
    if (v == null) {
      return nul();
    }
    ensure(4 + v.length);
    putInt(size, v.length);
    size += 4;
    System.arraycopy(v, 0, bytes, size, v.length);
    size += v.length;
    return this;
  }

  CopyBinary nul() {
    ensure(4);
    putInt(size, -1);
    size += 4;
    return this;
  }

  /** Appends the trailer; the content is then {@link #array()} up to {@link #size()}. */
  CopyBinary end() {
    short16(-1);
    return this;
  }

  byte[] array() {
    return bytes;
  }

  int size() {
    return size;
  }

  /** Forgets what was written (after it went to the server); the next bytes continue the same stream. */
  void drained() {
    size = 0;
  }

  /**
   * Forgets everything and starts a new stream with its header. The array is kept for the next batch,
   * unless a large payload grew it past {@link #KEPT_BYTES}.
   */
  void restart() {
    if (bytes.length > KEPT_BYTES) {
      bytes = new byte[KEPT_BYTES];
    }
    size = 0;
    header();
  }

  private void header() {
    ensure(SIGNATURE.length + 8);
    System.arraycopy(SIGNATURE, 0, bytes, 0, SIGNATURE.length);
    size = SIGNATURE.length;
    putInt(size, 0);
    putInt(size + 4, 0);
    size += 8;
  }

  private static byte[] utf8(String s) {
    return (s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD')).getBytes(StandardCharsets.UTF_8);
  }

  private void short16(int v) {
    ensure(2);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
  }

  private void putInt(int at, int v) {
    bytes[at] = (byte) (v >>> 24);
    bytes[at + 1] = (byte) (v >>> 16);
    bytes[at + 2] = (byte) (v >>> 8);
    bytes[at + 3] = (byte) v;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
