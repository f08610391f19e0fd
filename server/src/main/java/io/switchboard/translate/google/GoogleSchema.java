package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.util.Set;

/**
 * JSON Schema → Gemini's OpenAPI-subset {@code Schema}: drops the keywords Gemini refuses
 * ({@code $schema}, {@code $id}, {@code additionalProperties}, {@code strict}) at every depth, keeps the rest.
 */
final class GoogleSchema {
  private static final Set<String> DROPPED = Set.of("$schema", "$id", "additionalProperties", "strict");

  private GoogleSchema() {
  }

  static JsonNode clean(JsonNode schema) {
    if (schema.isObject()) {
      ObjectNode out = Json.object();
      schema.fields().forEachRemaining(e -> {
        if (!DROPPED.contains(e.getKey())) {
          boolean isPropertyMap = e.getKey().equals("properties");
          out.set(e.getKey(), isPropertyMap ? cleanEach(e.getValue()) : clean(e.getValue()));
        }
      });
      return out;
    }
    if (schema.isArray()) {
      ArrayNode out = Json.array();
      schema.forEach(item -> out.add(clean(item)));
      return out;
    }
    return schema;
  }

  /** A properties map: names are user data (a property may be called "strict"), values are schemas. */
  private static JsonNode cleanEach(JsonNode properties) {
    if (!properties.isObject()) {
      return properties;
    }
    ObjectNode out = Json.object();
    properties.fields().forEachRemaining(e -> out.set(e.getKey(), clean(e.getValue())));
    return out;
  }
}
