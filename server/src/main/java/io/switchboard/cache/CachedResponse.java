package io.switchboard.cache;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored response: status, the response headers as relayed (name/value pairs, without
 * {@code content-length}), and the whole body, for a stream the exact bytes of its events. The
 * headers are also held ready to write ({@link #replayHeaders}, with the {@code content-length}),
 * built once per entry rather than once per HIT.
 */
public final class CachedResponse {
  private static final int MAGIC = 0x53424331; // "SBC1"
  private final int status;
  private final List<String> headers;
  private final Buffer body;
  private final CharSequence[] replayHeaders;

  public CachedResponse(int status, List<String> headers, Buffer body) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
    this.replayHeaders = replayHeaders(this.headers, body.length());
  }

  private static CharSequence[] replayHeaders(List<String> headers, int length) {
    CharSequence[] out = new CharSequence[headers.size() + 2];
    for (int i = 0; i < headers.size(); i++) {
      out[i] = HttpHeaders.createOptimized(headers.get(i));
    }
    out[headers.size()] = HttpHeaders.CONTENT_LENGTH;
    out[headers.size() + 1] = HttpHeaders.createOptimized(Integer.toString(length));
    return out;
  }

  public int status() {
    return status;
  }

  /** The stored headers as name/value pairs. */
  public List<String> headers() {
    return headers;
  }

  public Buffer body() {
    return body;
  }

  /**
   * The headers a replay writes, as name/value pairs: the stored ones, then {@code content-length}.
   * Shared by every HIT of the entry; never modify.
   */
  public CharSequence[] replayHeaders() {
    return replayHeaders;
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
