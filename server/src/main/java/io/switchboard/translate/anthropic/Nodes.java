package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/** Small JSON and SSE helpers shared by the translators of this package. */
final class Nodes {
  private static final int SNIPPET = 200;

  private Nodes() {
  }

  /** The field as text, or {@code null} when absent, null or not a string. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  static boolean present(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** Parses JSON text to an object, or {@code null} when it is not a JSON object. */
  static ObjectNode objectOrNull(String text) {
    try {
      JsonNode node = Json.parse(text);
      return node.isObject() ? (ObjectNode) node : null;
    } catch (GatewayException e) {
      return null;
    }
  }

  static ObjectNode objectOrNull(Buffer body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    return objectOrNull(body.toString(StandardCharsets.UTF_8));
  }

  /** A short, single-line, tag-free excerpt of a non-JSON body (an HTML error page, say). */
  static String snippet(Buffer body) {
    if (body == null) {
      return "";
    }
    String text = body.toString(StandardCharsets.UTF_8)
        .replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
        .replaceAll("<[^>]*>", " ")
        .replaceAll("\\s+", " ")
        .trim();
    return text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text;
  }

  /** {@code data: <json>\n\n}. */
  static Buffer data(JsonNode node) {
    return Buffer.buffer("data: ").appendBuffer(Json.buffer(node)).appendString("\n\n");
  }

  /** {@code event: <name>\ndata: <json>\n\n}. */
  static Buffer event(String name, JsonNode node) {
    return Buffer.buffer("event: " + name + "\ndata: ").appendBuffer(Json.buffer(node)).appendString("\n\n");
  }
}
