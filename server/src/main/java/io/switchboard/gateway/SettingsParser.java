package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Validates a create (POST) or update (PUT) body against the field table. Required fields must be
 * present; on update an omitted optional field keeps its current value and an explicit null clears
 * it. Unknown and read-only fields are ignored.
 */
final class SettingsParser {
  private SettingsParser() {
  }

  static GatewaySettings parse(ObjectNode body, GatewaySettings current) {
    Problems problems = new Problems();
    GatewaySettings settings = parse(body, current, problems);
    problems.throwIfAny();
    return settings;
  }

  /** Validates into {@code problems}; returns null when there were any. */
  static GatewaySettings parse(ObjectNode body, GatewaySettings current, Problems problems) {
    ObjectNode out = Json.object();
    for (Field f : GatewaySettings.FIELDS) {
      JsonNode v = body.get(f.name());
      if (v == null) {
        if (f.required()) {
          problems.add(f.name(), "is required");
        }
        out.set(f.name(), current != null ? current.get(f.name()).deepCopy() : f.dflt());
        continue;
      }
      if (v.isNull()) {
        if (!f.nullable()) {
          problems.add(f.name(), "must not be null");
        }
        out.set(f.name(), f.kind() == Field.Kind.BOOL ? f.dflt() : v);
        continue;
      }
      check(f, v, problems);
      boolean whole = f.kind() == Field.Kind.INT && v.isNumber();
      out.set(f.name(), whole ? IntNode.valueOf((int) Math.min(v.asLong(), Integer.MAX_VALUE)) : v);
    }
    return problems.isEmpty() ? new GatewaySettings(out) : null;
  }

  private static void check(Field f, JsonNode v, Problems problems) {
    String path = f.name();
    switch (f.kind()) {
      case BOOL -> {
        if (!v.isBoolean()) {
          problems.expected(path, "true or false", v);
        }
      }
      case INT -> {
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
          problems.expected(path, "a whole number", v);
        } else if (v.asLong() < f.min() || v.asLong() > f.max()) {
          problems.add(path, "must be between " + f.min() + " and " + f.max() + ", got " + v.asLong());
        }
      }
      case STRING -> {
        if (!v.isTextual()) {
          problems.expected(path, "a string", v);
        } else if (v.asText().length() < f.min() || v.asText().length() > f.max()) {
          problems.add(path, "must be " + f.min() + " to " + f.max() + " characters long");
        }
      }
      case ENUM -> {
        if (!v.isTextual() || !f.values().contains(v.asText())) {
          problems.add(path, "must be one of " + String.join(", ", f.values()) + ", got " + v);
        }
      }
      case OBJECT -> {
        if (!v.isObject()) {
          problems.expected(path, "an object", v);
        } else {
          f.nested().validate(v, path, problems);
        }
      }
      case ARRAY -> {
        if (!v.isArray()) {
          problems.expected(path, "an array", v);
        } else {
          f.nested().validate(v, path, problems);
        }
      }
      default -> throw new IllegalStateException(f.kind().name());
    }
  }
}
