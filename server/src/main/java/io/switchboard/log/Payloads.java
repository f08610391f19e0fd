package io.switchboard.log;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Stored bodies: at most {@link #MAX_BYTES} each, zlib-compressed at the fastest level. Compression
 * runs on the log writer thread only, with one reused {@link Deflater} per thread (creating one per
 * body costs more than compressing a typical body). A body is compressed from its own bytes, not a copy,
 * and one that compresses into 16 KiB takes one exact-size array.
 */
public final class Payloads {
  /** The largest body stored; longer ones are truncated and marked incomplete. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
  private static final ThreadLocal<byte[]> CHUNK = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

  private Payloads() {
  }

  public static byte[] compress(Buffer body) {
    int length = Math.min(body.length(), MAX_BYTES);
    Deflater deflater = DEFLATER.get();
    deflater.reset();
    setInput(deflater, body, length);
    deflater.finish();
    byte[] chunk = CHUNK.get();
    int first = deflater.deflate(chunk);
    if (deflater.finished()) {
      return Arrays.copyOf(chunk, first);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(2 * chunk.length, length / 3));
    out.write(chunk, 0, first);
    while (!deflater.finished()) {
      out.write(chunk, 0, deflater.deflate(chunk));
    }
    return out.toByteArray();
  }

  /** The body's own bytes as the deflater's input, without copying them first. */
  private static void setInput(Deflater deflater, Buffer body, int length) {
    if (!(body instanceof BufferInternal internal)) {
      deflater.setInput(body.getBytes(0, length));
      return;
    }
    ByteBuf bytes = internal.unwrap();
    if (bytes.hasArray()) {
      deflater.setInput(bytes.array(), bytes.arrayOffset(), length);
    } else {
      deflater.setInput(bytes.nioBuffer(0, length));
    }
  }

  public static byte[] decompress(byte[] stored) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(stored);
      ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 3);
      byte[] chunk = new byte[16 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(chunk);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new UncheckedIOException(new java.io.IOException("stored body is corrupt", e));
    } finally {
      inflater.end();
    }
  }

  /** Appends to a capture buffer up to the cap; returns false once something was left out. */
  public static boolean capture(Buffer capture, Buffer chunk) {
    int room = MAX_BYTES - capture.length();
    if (room <= 0) {
      return false;
    }
    if (chunk.length() <= room) {
      capture.appendBuffer(chunk);
      return true;
    }
    capture.appendBuffer(chunk, 0, room);
    return false;
  }
}
