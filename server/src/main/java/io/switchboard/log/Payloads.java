package io.switchboard.log;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Stored bodies: at most {@link #MAX_BYTES} each, gzip-compressed. Runs on the writer thread only. */
public final class Payloads {
  /** The largest body stored; longer ones are truncated and marked incomplete. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private Payloads() {
  }

  public static byte[] compress(Buffer body) {
    int length = Math.min(body.length(), MAX_BYTES);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(body.getBytes(0, length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] decompress(byte[] stored) {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(stored))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
