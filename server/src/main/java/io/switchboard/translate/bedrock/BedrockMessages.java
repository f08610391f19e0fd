package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.DataUrl;
import io.switchboard.translate.kit.Req;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * OpenAI messages → Converse {@code system} and {@code messages}. Tool results become user {@code toolResult}
 * blocks; consecutive messages of one role merge, as Converse wants user and assistant turns to alternate.
 */
final class BedrockMessages {
  private static final Set<String> IMAGE_FORMATS = Set.of("png", "jpeg", "gif", "webp");
  final ArrayNode system = Json.array();
  final ArrayNode messages = Json.array();

  static BedrockMessages of(ArrayNode openAi) {
    BedrockMessages out = new BedrockMessages();
    for (int i = 0; i < openAi.size(); i++) {
      out.add((ObjectNode) openAi.get(i), "messages." + i);
    }
    if (out.messages.isEmpty()) {
      throw Req.bad("messages", "needs at least one user or assistant message");
    }
    return out;
  }

  private void add(ObjectNode message, String field) {
    String role = message.path("role").asText();
    switch (role) {
      case "system", "developer" -> system.add(Json.object().put("text", Req.text(message.path("content"), field + ".content")));
      case "user" -> append("user", userBlocks(message.path("content"), field + ".content"));
      case "assistant" -> append("assistant", assistantBlocks(message, field));
      case "tool" -> append("user", Json.array().add(toolResult(message, field)));
      default -> throw Req.bad(field + ".role", "unsupported role " + role);
    }
  }

  private void append(String role, ArrayNode blocks) {
    JsonNode last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
    if (last != null && last.path("role").asText().equals(role)) {
      ((ArrayNode) last.path("content")).addAll(blocks);
      return;
    }
    ObjectNode message = Json.object().put("role", role);
    message.set("content", blocks);
    messages.add(message);
  }

  private static ArrayNode userBlocks(JsonNode content, String field) {
    ArrayNode blocks = Json.array();
    List<JsonNode> parts = Req.parts(content, field);
    for (int i = 0; i < parts.size(); i++) {
      JsonNode part = parts.get(i);
      String type = part.path("type").asText();
      if (type.equals("text")) {
        blocks.add(Json.object().put("text", part.path("text").asText()));
      } else if (type.equals("image_url")) {
        blocks.add(image(part.path("image_url"), field + "." + i + ".image_url.url"));
      } else {
        throw Req.bad(field + "." + i + ".type", "unsupported content part type " + type);
      }
    }
    return blocks;
  }

  /** Converse takes image bytes, not URLs: only base64 data URLs of png, jpeg, gif or webp. */
  private static ObjectNode image(JsonNode imageUrl, String field) {
    String url = imageUrl.isTextual() ? imageUrl.asText() : imageUrl.path("url").asText();
    if (!DataUrl.is(url)) {
      throw Req.bad(field, "Bedrock needs the image inline: use a base64 data URL");
    }
    DataUrl data = DataUrl.parse(url, field);
    String format = data.mimeType().toLowerCase(Locale.ROOT).replace("image/", "").replace("jpg", "jpeg");
    if (!IMAGE_FORMATS.contains(format)) {
      throw Req.bad(field, "image type " + data.mimeType() + " is not one of png, jpeg, gif, webp");
    }
    ObjectNode image = Json.object().put("format", format);
    image.set("source", Json.object().put("bytes", data.base64()));
    return Json.object().set("image", image);
  }

  private static ArrayNode assistantBlocks(ObjectNode message, String field) {
    ArrayNode blocks = Json.array();
    String text = Req.text(message.path("content"), field + ".content");
    if (!text.isEmpty()) {
      blocks.add(Json.object().put("text", text));
    }
    JsonNode calls = message.path("tool_calls");
    for (int i = 0; i < calls.size(); i++) {
      JsonNode call = calls.get(i);
      ObjectNode use = Json.object().put("toolUseId", call.path("id").asText());
      use.put("name", call.path("function").path("name").asText());
      use.set("input", Req.arguments(call, field + ".tool_calls." + i));
      blocks.add(Json.object().set("toolUse", use));
    }
    if (blocks.isEmpty()) {
      throw Req.bad(field + ".content", "an assistant message needs content or tool_calls");
    }
    return blocks;
  }

  private static ObjectNode toolResult(ObjectNode message, String field) {
    if (!message.path("tool_call_id").isTextual()) {
      throw Req.bad(field + ".tool_call_id", "is required on a tool message");
    }
    ObjectNode result = Json.object().put("toolUseId", message.path("tool_call_id").asText());
    result.set("content", Json.array().add(Json.object().put("text", Req.toolContent(message, field))));
    return Json.object().set("toolResult", result);
  }
}
