package io.switchboard.usage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.io.IOException;

/**
 * Parses a response body or one streamed payload into the part of its tree the usage formats read:
 * objects and scalars, without the arrays nested in objects ({@code choices}, {@code candidates},
 * {@code content}, {@code output}: no format reads usage inside one, and they hold the bulk of a
 * response). A top-level array keeps its object elements (Gemini's streamed JSON array). Null when the
 * bytes are not a JSON object or array; never throws.
 */
final class UsageTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private UsageTree() {
  }

  static JsonNode parse(byte[] bytes, int offset, int length) {
    if (bytes == null || length <= 0) {
      return null;
    }
    try (JsonParser p = Json.mapper().getFactory().createParser(bytes, offset, length)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        return object(p);
      }
      return first == JsonToken.START_ARRAY ? array(p) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static ArrayNode array(JsonParser p) throws IOException {
    ArrayNode a = NODES.arrayNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new IOException("unterminated array");
      }
      if (t == JsonToken.START_OBJECT) {
        a.add(object(p));
      } else {
        p.skipChildren();
      }
    }
    return a;
  }

  private static ObjectNode object(JsonParser p) throws IOException {
    ObjectNode o = NODES.objectNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new IOException("expected a field name");
      }
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.START_OBJECT) {
        o.set(name, object(p));
      } else if (value == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else {
        o.set(name, scalar(p, value));
      }
    }
    return o;
  }

  private static JsonNode scalar(JsonParser p, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IOException("unexpected " + value);
    };
  }
}
