package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Front door: Anthropic {@code messages} to OpenAI messages. A user turn's {@code tool_result} blocks become
 * {@code tool} messages (in order, before the rest of the turn); assistant {@code tool_use} blocks become
 * {@code tool_calls}; thinking blocks are dropped; {@code is_error} on a tool result is dropped.
 */
final class OpenAiMessages {
  private OpenAiMessages() {
  }

  static void append(JsonNode messages, ArrayNode out) {
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      throw ChatFormat.bad("messages", "a non-empty array of messages is required");
    }
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      String path = "messages." + i;
      String role = Nodes.text(message, "role");
      if ("user".equals(role)) {
        user(message.get("content"), path + ".content", out);
      } else if ("assistant".equals(role)) {
        out.add(assistant(message.get("content"), path + ".content"));
      } else {
        throw ChatFormat.bad(path + ".role", "expected user or assistant, got '" + role + "'");
      }
    }
  }

  private static void user(JsonNode content, String path, ArrayNode out) {
    if (content != null && content.isTextual()) {
      message(out, "user").set("content", content);
      return;
    }
    ArrayNode parts = Json.array();
    JsonNode blocks = blocks(content, path);
    for (int i = 0; i < blocks.size(); i++) {
      JsonNode block = blocks.get(i);
      String type = Nodes.text(block, "type");
      if ("tool_result".equals(type)) {
        String id = Nodes.text(block, "tool_use_id");
        if (id == null) {
          throw ChatFormat.bad(path + "." + i + ".tool_use_id", "a tool_result needs the tool_use_id it answers");
        }
        ObjectNode tool = message(out, "tool");
        tool.put("tool_call_id", id);
        tool.put("content", toolResultText(block.get("content"), path + "." + i + ".content"));
      } else {
        parts.add(part(block, type, path + "." + i));
      }
    }
    if (!parts.isEmpty()) {
      message(out, "user").set("content", parts);
    }
  }

  private static ObjectNode part(JsonNode block, String type, String path) {
    ObjectNode part = Json.object();
    if ("text".equals(type)) {
      part.put("type", "text");
      part.put("text", Nodes.text(block, "text"));
    } else if ("image".equals(type)) {
      part.put("type", "image_url");
      part.putObject("image_url").put("url", ImageSources.toOpenAiUrl(block.path("source"), path));
    } else if ("document".equals(type) && "application/pdf".equals(Nodes.text(block.get("source"), "media_type"))) {
      part.put("type", "file");
      ObjectNode file = part.putObject("file");
      file.put("filename", "document.pdf");
      file.put("file_data", ImageSources.toOpenAiUrl(block.path("source"), path));
    } else {
      throw ChatFormat.bad(path + ".type", "unsupported content block '" + type + "' in a user message");
    }
    return part;
  }

  private static String toolResultText(JsonNode content, String path) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    JsonNode blocks = blocks(content, path);
    for (int i = 0; i < blocks.size(); i++) {
      if (!"text".equals(Nodes.text(blocks.get(i), "type"))) {
        throw ChatFormat.bad(path + "." + i + ".type", "only text tool results can be sent to other providers");
      }
      text.append(Nodes.text(content.get(i), "text"));
    }
    return text.toString();
  }

  private static ObjectNode assistant(JsonNode content, String path) {
    ObjectNode message = Json.object();
    message.put("role", "assistant");
    if (content != null && content.isTextual()) {
      message.set("content", content);
      return message;
    }
    StringBuilder text = new StringBuilder();
    ArrayNode calls = Json.array();
    for (JsonNode block : blocks(content, path)) {
      String type = Nodes.text(block, "type");
      if ("text".equals(type)) {
        text.append(Nodes.text(block, "text"));
      } else if ("tool_use".equals(type)) {
        ObjectNode call = calls.addObject();
        call.put("id", Nodes.text(block, "id"));
        call.put("type", "function");
        ObjectNode function = call.putObject("function");
        function.put("name", Nodes.text(block, "name"));
        function.put("arguments", Json.write(block.has("input") ? block.get("input") : Json.object()));
      }
    }
    message.put("content", text.length() == 0 && !calls.isEmpty() ? null : text.toString());
    if (!calls.isEmpty()) {
      message.set("tool_calls", calls);
    }
    return message;
  }

  private static JsonNode blocks(JsonNode content, String path) {
    if (content == null || !content.isArray()) {
      throw ChatFormat.bad(path, "expected a string or an array of content blocks, got " + Json.kind(content));
    }
    return content;
  }

  private static ObjectNode message(ArrayNode out, String role) {
    ObjectNode message = out.addObject();
    message.put("role", role);
    return message;
  }
}
