package io.switchboard.cache;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored response: status, the response headers as relayed (name/value pairs, without
 * {@code content-length}), and the whole body, for a stream the exact bytes of its events.
 */
public record CachedResponse(int status, List<String> headers, Buffer body) {
  private static final int MAGIC = 0x53424331; // "SBC1"

  public CachedResponse {
    headers = List.copyOf(headers);
  }

  /** Approximate bytes held: body plus headers. */
  public int weight() {
    int w = body.length() + 64;
    for (String h : headers) {
      w += h.length() * 2;
    }
    return w;
  }

  /** {@code magic, status, header count, (length, UTF-8 bytes) per header name and value, body}. */
  public Buffer encode() {
    Buffer out = Buffer.buffer(body.length() + 256).appendInt(MAGIC).appendInt(status).appendInt(headers.size());
    for (String h : headers) {
      byte[] bytes = h.getBytes(StandardCharsets.UTF_8);
      out.appendInt(bytes.length).appendBytes(bytes);
    }
    return out.appendBuffer(body);
  }

  /** The stored form back; null when it is not one (another version or foreign data). */
  public static CachedResponse decode(Buffer in) {
    if (in == null || in.length() < 12 || in.getInt(0) != MAGIC) {
      return null;
    }
    int status = in.getInt(4);
    int count = in.getInt(8);
    int at = 12;
    List<String> headers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int len = in.getInt(at);
      headers.add(in.getString(at + 4, at + 4 + len, "UTF-8"));
      at += 4 + len;
    }
    return new CachedResponse(status, headers, in.getBuffer(at, in.length()));
  }
}
