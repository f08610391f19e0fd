package io.switchboard.proxy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;

/**
 * The {@code model} of a JSON request body, read with a streaming parser that stops at the
 * top-level {@code model} field and skips nested values without building them. Null when absent,
 * not JSON, or larger than {@link #MAX_BYTES}.
 */
final class RequestModel {
  static final int MAX_BYTES = 1 << 20;

  private RequestModel() {
  }

  static String of(Buffer body, String contentType) {
    if (body == null || body.length() == 0 || body.length() > MAX_BYTES
        || (contentType != null && !contentType.contains("json"))) {
      return null;
    }
    try (JsonParser p = Json.mapper().getFactory().createParser(body.getBytes())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("model".equals(name) && value == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
