package io.switchboard.translate.bedrock;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Incremental decoder of AWS event-stream frames: total length (4 bytes, big-endian), headers length (4), prelude
 * CRC32 (4), headers, payload, message CRC32 (4). Frames may be split at any byte across {@link #feed} calls. Both
 * CRCs are checked; a bad frame fails as {@link ErrorCode#UPSTREAM_UNREACHABLE} (502).
 */
public final class EventStreamDecoder {
  private static final int PRELUDE = 12;
  private static final int MAX_FRAME = 16 * 1024 * 1024;
  private Buffer pending = Buffer.buffer();

  /** Consumes a chunk; returns the messages it completed. */
  public List<EventStreamMessage> feed(Buffer chunk) {
    pending.appendBuffer(chunk);
    List<EventStreamMessage> out = new ArrayList<>();
    while (pending.length() >= PRELUDE) {
      int total = pending.getInt(0);
      int headersLength = pending.getInt(4);
      check(crc(pending, 0, 8) == pending.getUnsignedInt(8), "prelude CRC mismatch");
      check(total >= PRELUDE + 4 && total <= MAX_FRAME && headersLength >= 0 && headersLength <= total - PRELUDE - 4,
          "bad frame lengths");
      if (pending.length() < total) {
        break;
      }
      check(crc(pending, 0, total - 4) == pending.getUnsignedInt(total - 4), "message CRC mismatch");
      Map<String, String> headers = headers(pending.getBuffer(PRELUDE, PRELUDE + headersLength));
      byte[] payload = pending.getBytes(PRELUDE + headersLength, total - 4);
      out.add(new EventStreamMessage(headers, payload));
      pending = pending.getBuffer(total, pending.length());
    }
    return out;
  }

  /** Ends the stream; bytes left over mean a truncated frame. */
  public void finish() {
    check(pending.length() == 0, "stream ended inside a frame");
  }

  private static Map<String, String> headers(Buffer bytes) {
    Map<String, String> headers = new HashMap<>();
    int at = 0;
    while (at < bytes.length()) {
      int nameLength = bytes.getUnsignedByte(at);
      String name = bytes.getString(at + 1, at + 1 + nameLength, StandardCharsets.UTF_8.name());
      at += 1 + nameLength;
      int type = bytes.getByte(at);
      at += 1;
      int size = valueSize(type, bytes, at);
      String value = switch (type) {
        case 0 -> "true";
        case 1 -> "false";
        case 6, 7 -> bytes.getString(at + 2, at + size, StandardCharsets.UTF_8.name());
        default -> "";
      };
      headers.put(name, value);
      at += size;
    }
    return headers;
  }

  /** Bytes a header value of this type occupies (including a 2-byte length prefix where there is one). */
  private static int valueSize(int type, Buffer bytes, int at) {
    return switch (type) {
      case 0, 1 -> 0;
      case 2 -> 1;
      case 3 -> 2;
      case 4 -> 4;
      case 5, 8 -> 8;
      case 6, 7 -> 2 + bytes.getUnsignedShort(at);
      case 9 -> 16;
      default -> throw malformed("unknown header value type " + type);
    };
  }

  private static long crc(Buffer buffer, int from, int to) {
    CRC32 crc = new CRC32();
    crc.update(buffer.getBytes(from, to));
    return crc.getValue();
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw malformed(problem);
    }
  }

  private static GatewayException malformed(String problem) {
    return GatewayException.of(ErrorCode.UPSTREAM_UNREACHABLE, "Malformed event stream from upstream: " + problem);
  }
}
