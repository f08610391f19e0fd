package io.switchboard.translate.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads OpenAI embeddings requests and writes OpenAI embeddings lists (floats or base64 float32). */
public final class Embeds {
  private Embeds() {
  }

  /** {@code input} as strings: one string or an array of strings; token arrays are refused. */
  public static List<String> inputs(ObjectNode request) {
    JsonNode input = request.path("input");
    List<String> out = new ArrayList<>();
    if (input.isTextual()) {
      out.add(input.asText());
    } else if (input.isArray() && !input.isEmpty()) {
      for (int i = 0; i < input.size(); i++) {
        if (!input.get(i).isTextual()) {
          throw GatewayException.invalid("input." + i, "must be a string (token arrays are not supported)");
        }
        out.add(input.get(i).asText());
      }
    } else {
      throw GatewayException.invalid("input", "must be a string or a non-empty array of strings");
    }
    return out;
  }

  /** An OpenAI embeddings list of the given vectors (each a JSON array of numbers). */
  public static ObjectNode list(List<JsonNode> vectors, String model, String encodingFormat, long promptTokens) {
    ArrayNode data = Json.array();
    boolean base64 = "base64".equals(encodingFormat);
    for (int i = 0; i < vectors.size(); i++) {
      ObjectNode item = Json.object().put("object", "embedding").put("index", i);
      if (base64) {
        item.put("embedding", base64(vectors.get(i)));
      } else {
        item.set("embedding", vectors.get(i));
      }
      data.add(item);
    }
    ObjectNode out = Json.object().put("object", "list");
    out.set("data", data);
    out.put("model", model);
    out.set("usage", Json.object().put("prompt_tokens", promptTokens).put("total_tokens", promptTokens));
    return out;
  }

  /** Base64 of the vector's values as little-endian IEEE-754 float32, as OpenAI's base64 encoding format. */
  public static String base64(JsonNode vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
    vector.forEach(v -> bytes.putFloat(v.floatValue()));
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  /** The vectors of a JSON array of arrays. */
  public static List<JsonNode> vectors(JsonNode arrays) {
    List<JsonNode> out = new ArrayList<>();
    arrays.forEach(out::add);
    return out;
  }
}
