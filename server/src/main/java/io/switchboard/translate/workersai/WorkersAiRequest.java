package io.switchboard.translate.workersai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Req;
import java.util.List;

/**
 * Builds a Workers AI text-generation body: messages stay OpenAI-shaped (developer becomes system, content arrays are
 * passed through for the models that read them), tools keep the OpenAI function shape, response_format becomes
 * Workers AI's JSON mode. stop, tool_choice and the like have no native field and are dropped.
 */
final class WorkersAiRequest {
  private WorkersAiRequest() {
  }

  static ObjectNode body(ObjectNode request) {
    JsonNode n = request.path("n");
    if (n.isNumber() && n.asInt() != 1) {
      throw Req.bad("n", "Workers AI returns exactly one choice");
    }
    ArrayNode messages = Req.messages(request);
    ArrayNode out = Json.array();
    for (int i = 0; i < messages.size(); i++) {
      out.add(message((ObjectNode) messages.get(i), "messages." + i));
    }
    ObjectNode body = Json.object();
    body.set("messages", out);
    tools(request, body);
    JsonNode max = Req.maxTokens(request);
    if (max.isNumber()) {
      body.set("max_tokens", max);
    }
    Req.copyNumber(request, "temperature", body, "temperature");
    Req.copyNumber(request, "top_p", body, "top_p");
    Req.copyNumber(request, "seed", body, "seed");
    Req.copyNumber(request, "frequency_penalty", body, "frequency_penalty");
    Req.copyNumber(request, "presence_penalty", body, "presence_penalty");
    responseFormat(request.path("response_format"), body);
    if (request.path("stream").asBoolean(false)) {
      body.put("stream", true);
    }
    return body;
  }

  private static ObjectNode message(ObjectNode message, String field) {
    String role = message.path("role").asText();
    if (!List.of("system", "developer", "user", "assistant", "tool").contains(role)) {
      throw Req.bad(field + ".role", "unsupported role " + role);
    }
    ObjectNode out = Json.object().put("role", role.equals("developer") ? "system" : role);
    JsonNode content = message.path("content");
    if (content.isArray() && !role.equals("user")) {
      out.put("content", Req.text(content, field + ".content"));
    } else if (content.isTextual() || content.isArray()) {
      out.set("content", content);
    } else {
      out.put("content", "");
    }
    for (String name : List.of("tool_calls", "tool_call_id", "name")) {
      if (message.has(name) && !message.path(name).isNull()) {
        out.set(name, message.path(name));
      }
    }
    return out;
  }

  private static void tools(ObjectNode request, ObjectNode body) {
    ArrayNode tools = Json.array();
    for (ObjectNode fn : Req.functions(request)) {
      ObjectNode copy = Json.object().put("name", fn.path("name").asText());
      copy.put("description", fn.path("description").asText(""));
      copy.set("parameters", fn.path("parameters").isObject() ? fn.path("parameters") : Json.object().put("type", "object"));
      tools.add(Json.object().put("type", "function").set("function", copy));
    }
    if (!tools.isEmpty()) {
      body.set("tools", tools);
    }
  }

  private static void responseFormat(JsonNode format, ObjectNode body) {
    String type = format.path("type").asText("text");
    switch (type) {
      case "text" -> { }
      case "json_object" -> body.set("response_format", Json.object().put("type", "json_object"));
      case "json_schema" -> {
        ObjectNode out = Json.object().put("type", "json_schema");
        out.set("json_schema", Req.jsonSchema(format));
        body.set("response_format", out);
      }
      default -> throw Req.bad("response_format.type", "must be text, json_object or json_schema, got " + type);
    }
  }
}
