package io.switchboard.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code cf-aig-metadata} header: a JSON object of at most {@link #MAX_ENTRIES} entries whose
 * values are strings, numbers or booleans. Entries past the fifth are ignored (as Cloudflare does);
 * invalid JSON or a value of another type is a 400 naming the header.
 */
public final class Metadata {
  public static final int MAX_ENTRIES = 5;
  public static final String HEADER = "cf-aig-metadata";

  private Metadata() {
  }

  public static Map<String, Object> parse(String header) {
    if (header == null || header.isBlank()) {
      return Map.of();
    }
    JsonNode node;
    try {
      node = Json.parse(header);
    } catch (GatewayException e) {
      throw bad("not valid JSON (" + e.getMessage().replace("Malformed JSON: ", "") + ")");
    }
    return fromJson(node, HEADER);
  }

  /** Validates a metadata object (header or PATCH body); {@code what} names it in errors. */
  public static Map<String, Object> fromJson(JsonNode node, String what) {
    if (!node.isObject()) {
      throw GatewayException.of(ErrorCode.BAD_REQUEST_HEADER, "Invalid " + what + ": expected a JSON object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && out.size() < MAX_ENTRIES; ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isTextual()) {
        out.put(e.getKey(), v.asText());
      } else if (v.isBoolean()) {
        out.put(e.getKey(), v.asBoolean());
      } else if (v.isNumber()) {
        out.put(e.getKey(), v.numberValue());
      } else {
        throw GatewayException.of(ErrorCode.BAD_REQUEST_HEADER, "Invalid " + what + ": value of '" + e.getKey()
            + "' must be a string, number or boolean, got " + Json.kind(v));
      }
    }
    return out;
  }

  private static GatewayException bad(String why) {
    return GatewayException.of(ErrorCode.BAD_REQUEST_HEADER, "Invalid " + HEADER + ": " + why);
  }
}
