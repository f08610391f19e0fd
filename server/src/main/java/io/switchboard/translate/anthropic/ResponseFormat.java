package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;

/**
 * OpenAI {@code response_format} as a system instruction, since Anthropic's Messages API has no JSON mode:
 * {@code json_object} asks for one JSON object and nothing else; {@code json_schema} adds the schema. The model's
 * reply is returned as ordinary text content, exactly as an OpenAI client expects it.
 */
final class ResponseFormat {
  static final String JSON_ONLY = "Respond with a single valid JSON object and nothing else: no prose, no code fences.";

  private ResponseFormat() {
  }

  /** The instruction to append to the system prompt, or {@code null} for text / absent. */
  static String instruction(JsonNode format) {
    if (format == null || format.isNull()) {
      return null;
    }
    String type = Nodes.text(format, "type");
    if ("text".equals(type)) {
      return null;
    }
    if ("json_object".equals(type)) {
      return JSON_ONLY;
    }
    if ("json_schema".equals(type)) {
      JsonNode spec = format.get("json_schema");
      JsonNode schema = spec == null ? null : spec.get("schema");
      if (schema == null || !schema.isObject()) {
        throw ChatFormat.bad("response_format.json_schema.schema", "a JSON schema object is required");
      }
      String name = Nodes.text(spec, "name");
      return JSON_ONLY + " It must conform to this JSON Schema" + (name == null ? "" : " (\"" + name + "\")")
          + ":\n" + Json.write(schema);
    }
    throw ChatFormat.bad("response_format.type", "expected text, json_object or json_schema, got '" + type + "'");
  }
}
