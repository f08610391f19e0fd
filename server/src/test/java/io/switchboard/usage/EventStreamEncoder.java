package io.switchboard.usage;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** A tiny AWS event-stream encoder for tests: string headers, JSON payload, both CRC32s. */
final class EventStreamEncoder {
  private EventStreamEncoder() {
  }

  static byte[] frame(String eventType, String payload) {
    byte[] headers = headers(":event-type", eventType, ":content-type", "application/json", ":message-type", "event");
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    int total = 12 + headers.length + body.length + 4;
    ByteBuffer b = ByteBuffer.allocate(total);
    b.putInt(total).putInt(headers.length);
    b.putInt(crc(b.array(), 0, 8));
    b.put(headers).put(body);
    b.putInt(crc(b.array(), 0, total - 4));
    return b.array();
  }

  private static byte[] headers(String... nameValues) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < nameValues.length; i += 2) {
      byte[] name = nameValues[i].getBytes(StandardCharsets.UTF_8);
      byte[] value = nameValues[i + 1].getBytes(StandardCharsets.UTF_8);
      out.write(name.length);
      out.writeBytes(name);
      out.write(7);
      out.write(value.length >> 8);
      out.write(value.length & 0xff);
      out.writeBytes(value);
    }
    return out.toByteArray();
  }

  private static int crc(byte[] b, int off, int len) {
    CRC32 crc = new CRC32();
    crc.update(b, off, len);
    return (int) crc.getValue();
  }
}
