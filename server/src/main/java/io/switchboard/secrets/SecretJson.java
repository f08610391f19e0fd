package io.switchboard.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;

/** Reads a JSON secret without ever putting its text in an error message. */
final class SecretJson {
  private SecretJson() {
  }

  static JsonNode object(String secret, String expected) {
    JsonNode json;
    try {
      json = Json.parse(secret);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("must be " + expected + " as JSON");
    }
    if (!json.isObject()) {
      throw new IllegalArgumentException("must be " + expected + " as a JSON object");
    }
    return json;
  }

  static String required(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(field + " is required (a non-empty string)");
    }
    return v.asText();
  }
}
