package io.switchboard.log;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Stored bodies: at most {@link #MAX_BYTES} each, compressed with LZ4 on the log writer thread (about
 * ten times cheaper than zlib's fastest level, which took half the writer's time; JSON still shrinks two
 * to four times). A stored body starts with {@link #LZ4_MAGIC} and its length. A body shorter than
 * {@link #RAW_BELOW_BYTES} is stored as it is after {@link #RAW_MAGIC}: LZ4 saves little on it (the bench's
 * 149-byte request and 658-byte response shrink by 16 % together) and its JNI call and table reset cost
 * about 0.9 µs per body, a tenth of the writer's whole cost per entry on PostgreSQL. Bodies stored before
 * LZ4 (zlib streams, whose first byte is 0x78) are still read.
 */
public final class Payloads {
  /** The largest body stored; longer ones are truncated and marked incomplete. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  /** "SBL4": the first bytes of an LZ4-compressed body, then its length as 4 bytes big-endian. */
  static final byte[] LZ4_MAGIC = {'S', 'B', 'L', '4'};
  /** "SBRW": the first bytes of a body stored uncompressed; its bytes follow. */
  static final byte[] RAW_MAGIC = {'S', 'B', 'R', 'W'};
  /** Bodies shorter than this are stored uncompressed. */
  public static final int RAW_BELOW_BYTES = 1024;
  private static final int HEADER = LZ4_MAGIC.length + 4;
  private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();
  /** Scratch arrays up to this size stay with their thread between calls. */
  static final int KEPT_SCRATCH_BYTES = 1024 * 1024;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Payloads() {
  }

  /**
   * The body's first {@link #MAX_BYTES} in their stored form: behind {@link #RAW_MAGIC} as they are when shorter
   * than {@link #RAW_BELOW_BYTES}, else LZ4-compressed behind the LZ4 header. Called on the log writer thread for every
   * stored body, so it works in two arrays kept per thread (up to {@link #KEPT_SCRATCH_BYTES} each) and allocates
   * only the result: a body of several chunks is copied into the input array instead of being joined first.
   */
  public static byte[] encode(Buffer body) {
    int length = Math.min(body.length(), MAX_BYTES);
    if (length < RAW_BELOW_BYTES) {
      byte[] raw = new byte[RAW_MAGIC.length + length];
      System.arraycopy(RAW_MAGIC, 0, raw, 0, RAW_MAGIC.length);
      body.getBytes(0, length, raw, RAW_MAGIC.length);
      return raw;
    }
    LZ4Compressor compressor = LZ4.fastCompressor();
    Scratch scratch = SCRATCH.get();
    byte[] out = scratch.array(Scratch.OUT, HEADER + compressor.maxCompressedLength(length));
    System.arraycopy(LZ4_MAGIC, 0, out, 0, LZ4_MAGIC.length);
    ByteBuffer.wrap(out, LZ4_MAGIC.length, 4).putInt(length);
    int n = compress(compressor, body, length, out, scratch);
    return Arrays.copyOf(out, HEADER + n);
  }

  /**
   * Compresses the body's own bytes (a Vert.x buffer's content starts at index 0) into {@code out} after the
   * header, copying them first only when they are not contiguous.
   */
  private static int compress(LZ4Compressor compressor, Buffer body, int length, byte[] out, Scratch scratch) {
    int room = out.length - HEADER;
    ByteBuf bytes = body instanceof BufferInternal internal ? internal.unwrap() : null;
    if (bytes != null && bytes.hasArray()) {
      return compressor.compress(bytes.array(), bytes.arrayOffset(), length, out, HEADER, room);
    }
    if (bytes != null && bytes.nioBufferCount() == 1) {
      return compressor.compress(bytes.nioBuffer(0, length), 0, length, ByteBuffer.wrap(out), HEADER, room);
    }
    byte[] in = scratch.array(Scratch.IN, length);
    body.getBytes(0, length, in, 0);
    return compressor.compress(in, 0, length, out, HEADER, room);
  }

  /** Arrays reused by one thread's calls; one larger than {@link #KEPT_SCRATCH_BYTES} is used once and dropped. */
  private static final class Scratch {
    static final int IN = 0;
    static final int OUT = 1;
    private final byte[][] kept = {new byte[0], new byte[0]};

    byte[] array(int which, int size) {
      if (kept[which].length >= size) {
        return kept[which];
      }
      byte[] fresh = new byte[size];
      if (size <= KEPT_SCRATCH_BYTES) {
        kept[which] = fresh;
      }
      return fresh;
    }
  }

  public static byte[] decode(byte[] stored) {
    if (startsWith(stored, RAW_MAGIC)) {
      return Arrays.copyOfRange(stored, RAW_MAGIC.length, stored.length);
    }
    if (stored.length < HEADER || !startsWith(stored, LZ4_MAGIC)) {
      return inflate(stored);
    }
    int length = ByteBuffer.wrap(stored, LZ4_MAGIC.length, 4).getInt();
    if (length < 0 || length > MAX_BYTES) {
      throw corrupt(null);
    }
    byte[] out = new byte[length];
    try {
      int n = LZ4.safeDecompressor().decompress(stored, HEADER, stored.length - HEADER, out, 0, length);
      if (n != length) {
        throw corrupt(null);
      }
      return out;
    } catch (LZ4Exception e) {
      throw corrupt(e);
    }
  }

  private static boolean startsWith(byte[] stored, byte[] magic) {
    if (stored.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (stored[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A body stored by an earlier version: a zlib stream. */
  private static byte[] inflate(byte[] stored) {
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
      throw corrupt(e);
    } finally {
      inflater.end();
    }
  }

  private static UncheckedIOException corrupt(Exception cause) {
    return new UncheckedIOException(new java.io.IOException("stored body is corrupt", cause));
  }
}
