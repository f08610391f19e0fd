package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/** Null-safe reads of token counts from JSON trees. */
final class Nodes {
  private Nodes() {
  }

  /** The object at {@code path} under {@code node}, or null when any step is missing or not an object. */
  static JsonNode object(JsonNode node, String... path) {
    JsonNode at = node;
    for (String step : path) {
      if (at == null || !at.isObject()) {
        return null;
      }
      at = at.get(step);
    }
    return at != null && at.isObject() ? at : null;
  }

  /** A non-negative integral count, or null when absent, null or not a number. */
  static Long count(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      return null;
    }
    long n = value.asLong();
    return n < 0 ? null : n;
  }

  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** {@code a + b} where either may be unknown; null only when both are. */
  static Long sum(Long a, Long b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }

  static Long firstNonNull(Long a, Long b) {
    return a != null ? a : b;
  }
}
