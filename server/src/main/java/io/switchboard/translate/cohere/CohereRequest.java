package io.switchboard.translate.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Req;
import java.util.List;

/** Builds a Cohere v2 chat body: messages in Cohere's shape; tools, sampling and format parameters via {@link CohereParams}. */
final class CohereRequest {
  private CohereRequest() {
  }

  static ObjectNode body(ObjectNode request, String model) {
    ArrayNode messages = Req.messages(request);
    ObjectNode body = Json.object().put("model", model);
    ArrayNode out = Json.array();
    for (int i = 0; i < messages.size(); i++) {
      out.add(message((ObjectNode) messages.get(i), "messages." + i));
    }
    body.set("messages", out);
    CohereParams.apply(request, body);
    if (request.path("stream").asBoolean(false)) {
      body.put("stream", true);
    }
    return body;
  }

  private static ObjectNode message(ObjectNode message, String field) {
    String role = message.path("role").asText();
    String content = field + ".content";
    switch (role) {
      case "system", "developer":
        return Json.object().put("role", "system").put("content", Req.text(message.path("content"), content));
      case "user":
        return user(message.path("content"), content);
      case "assistant":
        return assistant(message, field);
      case "tool":
        return Json.object().put("role", "tool").put("tool_call_id", message.path("tool_call_id").asText())
            .put("content", Req.toolContent(message, field));
      default:
        throw Req.bad(field + ".role", "unsupported role " + role);
    }
  }

  private static ObjectNode user(JsonNode content, String field) {
    ObjectNode out = Json.object().put("role", "user");
    if (content.isTextual()) {
      return out.put("content", content.asText());
    }
    ArrayNode parts = Json.array();
    List<JsonNode> list = Req.parts(content, field);
    for (int i = 0; i < list.size(); i++) {
      JsonNode part = list.get(i);
      String type = part.path("type").asText();
      if (type.equals("text")) {
        parts.add(Json.object().put("type", "text").put("text", part.path("text").asText()));
      } else if (type.equals("image_url")) {
        JsonNode url = part.path("image_url");
        ObjectNode image = Json.object().put("url", url.isTextual() ? url.asText() : url.path("url").asText());
        if (url.path("detail").isTextual()) {
          image.put("detail", url.path("detail").asText());
        }
        parts.add(Json.object().put("type", "image_url").set("image_url", image));
      } else {
        throw Req.bad(field + "." + i + ".type", "unsupported content part type " + type);
      }
    }
    out.set("content", parts);
    return out;
  }

  private static ObjectNode assistant(ObjectNode message, String field) {
    ObjectNode out = Json.object().put("role", "assistant");
    String text = Req.text(message.path("content"), field + ".content");
    if (!text.isEmpty()) {
      out.put("content", text);
    }
    JsonNode calls = message.path("tool_calls");
    if (calls.size() > 0) {
      ArrayNode copies = Json.array();
      for (JsonNode call : calls) {
        ObjectNode fn = Json.object().put("name", call.path("function").path("name").asText())
            .put("arguments", call.path("function").path("arguments").asText("{}"));
        copies.add(Json.object().put("id", call.path("id").asText()).put("type", "function").set("function", fn));
      }
      out.set("tool_calls", copies);
    }
    return out;
  }
}
