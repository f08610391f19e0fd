package io.switchboard.log;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.util.ArrayList;
import java.util.List;

/**
 * A response body captured for its log entry while it is relayed, up to {@link Payloads#MAX_BYTES}.
 * It keeps the chunks as they arrived (each is already the body's own heap copy; nothing writes to it
 * afterwards) and never joins them: {@link #body()} is a composite view, and the log writer compresses it
 * through a scratch array ({@link Payloads#encode}). Appending every chunk to one growing buffer copied each
 * byte about twice and left every outgrown array behind as garbage; joining the chunks once at the end of a
 * stream was still an eighth of all the memory the gateway allocated with 1,000 streams open.
 */
public final class BodyCapture {
  private final List<Buffer> chunks = new ArrayList<>();
  private int length;
  private boolean complete = true;

  /** Keeps {@code chunk}, or the part of it under the cap; must not be changed afterwards. */
  public void add(Buffer chunk) {
    int room = Payloads.MAX_BYTES - length;
    if (chunk.length() == 0 || !complete) {
      return;
    }
    if (chunk.length() > room) {
      complete = false;
      if (room == 0) {
        return;
      }
      chunk = chunk.getBuffer(0, room);
    }
    chunks.add(chunk);
    length += chunk.length();
  }

  /** Keeps nothing more: the rest of the body is left out (the entry says it is incomplete). */
  public void stop() {
    complete = false;
  }

  /** True while chunks are still kept. */
  public boolean keeping() {
    return complete;
  }

  /** False once something was left out. */
  public boolean complete() {
    return complete;
  }

  /** The bytes kept so far, in order: the one chunk, or a view over all of them (nothing is copied). */
  public Buffer body() {
    if (chunks.isEmpty()) {
      return Buffer.buffer(0);
    }
    if (chunks.size() == 1) {
      return chunks.get(0);
    }
    ByteBuf[] parts = new ByteBuf[chunks.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = bytesOf(chunks.get(i));
    }
    return BufferInternal.buffer(Unpooled.wrappedBuffer(parts.length, parts));
  }

  /** A chunk's bytes as Netty holds them: a Vert.x buffer's content is its bytes from index 0. */
  private static ByteBuf bytesOf(Buffer chunk) {
    if (chunk instanceof BufferInternal internal && internal.unwrap().readerIndex() == 0) {
      return internal.unwrap();
    }
    return Unpooled.wrappedBuffer(chunk.getBytes());
  }
}
