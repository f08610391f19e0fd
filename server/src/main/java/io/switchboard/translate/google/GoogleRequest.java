package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.DataUrl;
import io.switchboard.translate.kit.Req;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a Gemini {@code GenerateContentRequest} body from an OpenAI chat request. */
final class GoogleRequest {
  private final ArrayNode system = Json.array();
  private final ArrayNode contents = Json.array();
  private final Map<String, String> toolNames = new HashMap<>();

  private GoogleRequest() {
  }

  static ObjectNode body(ObjectNode request) {
    GoogleRequest builder = new GoogleRequest();
    ArrayNode messages = Req.messages(request);
    for (int i = 0; i < messages.size(); i++) {
      builder.add((ObjectNode) messages.get(i), "messages." + i);
    }
    if (builder.contents.isEmpty()) {
      throw Req.bad("messages", "needs at least one user or assistant message");
    }
    ObjectNode body = Json.object();
    if (!builder.system.isEmpty()) {
      body.set("systemInstruction", Json.object().set("parts", builder.system));
    }
    body.set("contents", builder.contents);
    GoogleTools.apply(request, body);
    ObjectNode config = GoogleConfig.generationConfig(request);
    if (!config.isEmpty()) {
      body.set("generationConfig", config);
    }
    return body;
  }

  private void add(ObjectNode message, String field) {
    String role = message.path("role").asText();
    switch (role) {
      case "system", "developer" -> system.add(text(Req.text(message.path("content"), field + ".content")));
      case "user" -> contents.add(content("user", userParts(message.path("content"), field + ".content")));
      case "assistant" -> contents.add(content("model", modelParts(message, field)));
      case "tool" -> addToolResult(message, field);
      default -> throw Req.bad(field + ".role", "unsupported role " + role);
    }
  }

  private ArrayNode userParts(JsonNode content, String field) {
    ArrayNode parts = Json.array();
    List<JsonNode> list = Req.parts(content, field);
    for (int i = 0; i < list.size(); i++) {
      parts.add(userPart(list.get(i), field + "." + i));
    }
    return parts;
  }

  private static ObjectNode userPart(JsonNode part, String field) {
    String type = part.path("type").asText();
    switch (type) {
      case "text":
        return text(part.path("text").asText());
      case "image_url": {
        JsonNode url = part.path("image_url");
        String href = url.isTextual() ? url.asText() : url.path("url").asText();
        if (DataUrl.is(href)) {
          return inline(DataUrl.parse(href, field + ".image_url.url"));
        }
        ObjectNode file = Json.object().put("mimeType", DataUrl.guessMimeType(href, "image/jpeg")).put("fileUri", href);
        return Json.object().set("fileData", file);
      }
      case "input_audio": {
        JsonNode audio = part.path("input_audio");
        return inline(new DataUrl("audio/" + audio.path("format").asText("wav"), audio.path("data").asText()));
      }
      case "file": {
        String data = part.path("file").path("file_data").asText("");
        return inline(DataUrl.parse(data, field + ".file.file_data"));
      }
      default:
        throw Req.bad(field + ".type", "unsupported content part type " + type);
    }
  }

  private ArrayNode modelParts(ObjectNode message, String field) {
    ArrayNode parts = Json.array();
    String text = Req.text(message.path("content"), field + ".content");
    if (!text.isEmpty()) {
      parts.add(text(text));
    }
    JsonNode calls = message.path("tool_calls");
    for (int i = 0; i < calls.size(); i++) {
      JsonNode call = calls.get(i);
      String name = call.path("function").path("name").asText();
      toolNames.put(call.path("id").asText(), name);
      ObjectNode fn = Json.object().put("name", name);
      fn.set("args", Req.arguments(call, field + ".tool_calls." + i));
      parts.add(Json.object().set("functionCall", fn));
    }
    if (parts.isEmpty()) {
      parts.add(text(""));
    }
    return parts;
  }

  /** Tool results become functionResponse parts; consecutive ones share one user turn (parallel calls). */
  private void addToolResult(ObjectNode message, String field) {
    String id = message.path("tool_call_id").asText();
    String name = toolNames.get(id);
    if (name == null) {
      throw Req.bad(field + ".tool_call_id", "does not match a tool call of an earlier assistant message");
    }
    ObjectNode fn = Json.object().put("name", name);
    fn.set("response", responseObject(Req.toolContent(message, field)));
    ObjectNode part = Json.object().set("functionResponse", fn);
    JsonNode last = contents.isEmpty() ? null : contents.get(contents.size() - 1);
    if (last != null && last.path("role").asText().equals("user") && last.path("parts").get(0).has("functionResponse")) {
      ((ArrayNode) last.path("parts")).add(part);
    } else {
      contents.add(content("user", Json.array().add(part)));
    }
  }

  /** Gemini wants an object: a JSON object result as is, anything else under {@code "result"}. */
  private static JsonNode responseObject(String content) {
    JsonNode parsed = Req.tryParse(content);
    if (parsed != null && parsed.isObject()) {
      return parsed;
    }
    ObjectNode wrapped = Json.object();
    if (parsed != null && !parsed.isMissingNode()) {
      wrapped.set("result", parsed);
    } else {
      wrapped.put("result", content);
    }
    return wrapped;
  }

  private static ObjectNode content(String role, ArrayNode parts) {
    ObjectNode content = Json.object().put("role", role);
    content.set("parts", parts);
    return content;
  }

  private static ObjectNode text(String text) {
    return Json.object().put("text", text);
  }

  private static ObjectNode inline(DataUrl data) {
    return Json.object().set("inlineData", Json.object().put("mimeType", data.mimeType()).put("data", data.base64()));
  }
}
