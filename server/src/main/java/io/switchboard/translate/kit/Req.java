package io.switchboard.translate.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.util.ArrayList;
import java.util.List;

/** Reads and checks the fields of an OpenAI chat request; every failure names the offending field. */
public final class Req {
  private Req() {
  }

  /** A bad chat format error whose message starts with the field's path. */
  public static GatewayException bad(String field, String message) {
    return GatewayException.of(ErrorCode.BAD_CHAT_FORMAT, field + ": " + message);
  }

  /** The non-empty {@code messages} array, each an object with a string role. */
  public static ArrayNode messages(ObjectNode request) {
    JsonNode messages = request.path("messages");
    if (!messages.isArray() || messages.isEmpty()) {
      throw bad("messages", "must be a non-empty array, got " + Json.kind(messages));
    }
    for (int i = 0; i < messages.size(); i++) {
      JsonNode m = messages.get(i);
      if (!m.isObject() || !m.path("role").isTextual()) {
        throw bad("messages." + i + ".role", "each message must be an object with a string role");
      }
    }
    return (ArrayNode) messages;
  }

  /** The content parts of a message: a string becomes one text part; null or absent none. */
  public static List<JsonNode> parts(JsonNode content, String field) {
    List<JsonNode> parts = new ArrayList<>();
    if (content.isTextual()) {
      ObjectNode text = Json.object().put("type", "text").put("text", content.asText());
      parts.add(text);
    } else if (content.isArray()) {
      for (int i = 0; i < content.size(); i++) {
        JsonNode part = content.get(i);
        if (!part.path("type").isTextual()) {
          throw bad(field + "." + i + ".type", "each content part needs a string type");
        }
        parts.add(part);
      }
    } else if (!content.isMissingNode() && !content.isNull()) {
      throw bad(field, "must be a string or an array of content parts, got " + Json.kind(content));
    }
    return parts;
  }

  /** The text of a message's content; non-text parts are refused. */
  public static String text(JsonNode content, String field) {
    StringBuilder out = new StringBuilder();
    List<JsonNode> parts = parts(content, field);
    for (int i = 0; i < parts.size(); i++) {
      JsonNode part = parts.get(i);
      if (!part.path("type").asText().equals("text")) {
        throw bad(field + "." + i + ".type", "only text parts are supported here, got " + part.path("type").asText());
      }
      out.append(part.path("text").asText());
    }
    return out.toString();
  }

  /** {@code stop} as a list: absent → empty, a string → one, an array of strings → all. */
  public static List<String> stop(ObjectNode request) {
    JsonNode stop = request.path("stop");
    List<String> out = new ArrayList<>();
    if (stop.isTextual()) {
      out.add(stop.asText());
    } else if (stop.isArray()) {
      stop.forEach(s -> out.add(s.asText()));
    } else if (!stop.isMissingNode() && !stop.isNull()) {
      throw bad("stop", "must be a string or an array of strings, got " + Json.kind(stop));
    }
    return out;
  }

  /** {@code max_completion_tokens}, else {@code max_tokens}; missing when neither is given. */
  public static JsonNode maxTokens(ObjectNode request) {
    JsonNode n = request.path("max_completion_tokens");
    return n.isNumber() ? n : request.path("max_tokens");
  }

  /** Copies a number field when present. */
  public static void copyNumber(ObjectNode from, String name, ObjectNode to, String as) {
    JsonNode n = from.path(name);
    if (n.isNumber()) {
      to.set(as, n);
    } else if (!n.isMissingNode() && !n.isNull()) {
      throw bad(name, "must be a number, got " + Json.kind(n));
    }
  }

  /** The function tools of the request ({@code tools[].function}); other tool types are refused. */
  public static List<ObjectNode> functions(ObjectNode request) {
    List<ObjectNode> out = new ArrayList<>();
    JsonNode tools = request.path("tools");
    for (int i = 0; i < tools.size(); i++) {
      JsonNode tool = tools.get(i);
      JsonNode fn = tool.path("function");
      if (!tool.path("type").asText("function").equals("function") || !fn.path("name").isTextual()) {
        throw bad("tools." + i, "only function tools with a name are supported");
      }
      out.add((ObjectNode) fn);
    }
    return out;
  }

  /** Text parsed as JSON, or null when it is not JSON. */
  public static JsonNode tryParse(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** A tool call's arguments string parsed to JSON; an empty string is an empty object. */
  public static JsonNode arguments(JsonNode call, String field) {
    String args = call.path("function").path("arguments").asText("");
    if (args.isBlank()) {
      return Json.object();
    }
    try {
      return Json.parse(args);
    } catch (GatewayException e) {
      throw bad(field + ".function.arguments", "must be a JSON string: " + e.getMessage());
    }
  }

  /** The JSON schema of a {@code json_schema} response format. */
  public static JsonNode jsonSchema(JsonNode responseFormat) {
    JsonNode schema = responseFormat.path("json_schema").path("schema");
    if (!schema.isObject()) {
      throw bad("response_format.json_schema.schema", "must be an object");
    }
    return schema;
  }

  /** A tool message's content as a string (text parts joined). */
  public static String toolContent(JsonNode message, String field) {
    return text(message.path("content"), field + ".content");
  }
}
