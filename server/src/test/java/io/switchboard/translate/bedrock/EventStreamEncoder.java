package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/** Test-side encoder of AWS event-stream frames (string headers only), to build ConverseStream bodies. */
final class EventStreamEncoder {
  private EventStreamEncoder() {
  }

  /** A scenario's {@code upstream-events.json} ([{"event"|"exception": type, "payload": {...}}]) as frames. */
  static byte[] fromEvents(Path dir) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (JsonNode e : Json.parse(Files.readAllBytes(dir.resolve("upstream-events.json")))) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (e.has("exception")) {
          headers.put(":exception-type", e.path("exception").asText());
          headers.put(":message-type", "exception");
        } else {
          headers.put(":event-type", e.path("event").asText());
          headers.put(":message-type", "event");
        }
        headers.put(":content-type", "application/json");
        out.write(frame(headers, Json.write(e.path("payload")).getBytes(StandardCharsets.UTF_8)));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] frame(Map<String, String> headers, byte[] payload) {
    ByteArrayOutputStream h = new ByteArrayOutputStream();
    headers.forEach((name, value) -> {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      byte[] v = value.getBytes(StandardCharsets.UTF_8);
      h.write(n.length);
      h.writeBytes(n);
      h.write(7);
      h.write(v.length >> 8);
      h.write(v.length & 0xff);
      h.writeBytes(v);
    });
    byte[] hb = h.toByteArray();
    int total = 12 + hb.length + payload.length + 4;
    ByteBuffer b = ByteBuffer.allocate(total);
    b.putInt(total).putInt(hb.length);
    b.putInt((int) crc(b.array(), 8));
    b.put(hb).put(payload);
    b.putInt((int) crc(b.array(), total - 4));
    return b.array();
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
