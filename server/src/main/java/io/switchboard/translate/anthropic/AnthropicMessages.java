package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI {@code messages} to Anthropic's {@code system} and {@code messages}. System and developer messages, wherever
 * they stand, become the system prompt (joined by a blank line); {@code tool} messages become {@code tool_result}
 * blocks of a user message, consecutive ones merged into one; assistant {@code tool_calls} become {@code tool_use}.
 */
final class AnthropicMessages {
  /** The translated conversation; {@code system} is {@code null} when there was none. */
  record Result(String system, ArrayNode messages) {}

  private final List<String> system = new ArrayList<>();
  private final ArrayNode out = Json.array();
  private ArrayNode openToolResults;

  private AnthropicMessages() {
  }

  static Result convert(JsonNode messages) {
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      throw ChatFormat.bad("messages", "a non-empty array of messages is required");
    }
    AnthropicMessages conversion = new AnthropicMessages();
    for (int i = 0; i < messages.size(); i++) {
      conversion.add(messages.get(i), "messages." + i);
    }
    String system = conversion.system.isEmpty() ? null : String.join("\n\n", conversion.system);
    return new Result(system, conversion.out);
  }

  private void add(JsonNode message, String path) {
    String role = Nodes.text(message, "role");
    if (role == null) {
      throw ChatFormat.bad(path + ".role", "a role is required");
    }
    switch (role) {
      case "system", "developer" -> system.add(OpenAiText.of(message.get("content"), path + ".content"));
      case "user" -> append("user", userContent(message.get("content"), path + ".content"));
      case "assistant" -> append("assistant", AssistantBlocks.of(message, path));
      case "tool" -> toolResult(message, path);
      default -> throw ChatFormat.bad(path + ".role", "unsupported role '" + role + "'");
    }
  }

  private void append(String role, JsonNode content) {
    ObjectNode message = out.addObject();
    message.put("role", role);
    message.set("content", content);
    openToolResults = null;
  }

  private void toolResult(JsonNode message, String path) {
    String id = Nodes.text(message, "tool_call_id");
    if (id == null) {
      throw ChatFormat.bad(path + ".tool_call_id", "a tool message needs the tool_call_id it answers");
    }
    ObjectNode block = Json.object();
    block.put("type", "tool_result");
    block.put("tool_use_id", id);
    block.set("content", toolResultContent(message.get("content"), path + ".content"));
    if (openToolResults == null) {
      ArrayNode blocks = Json.array();
      append("user", blocks);
      openToolResults = blocks;
    }
    openToolResults.add(block);
  }

  private static JsonNode toolResultContent(JsonNode content, String path) {
    if (content != null && content.isArray()) {
      return userContent(content, path);
    }
    return Json.mapper().getNodeFactory().textNode(OpenAiText.of(content, path));
  }

  private static JsonNode userContent(JsonNode content, String path) {
    if (content != null && content.isTextual()) {
      return content;
    }
    if (content == null || !content.isArray()) {
      throw ChatFormat.bad(path, "expected a string or an array of content parts, got " + Json.kind(content));
    }
    ArrayNode blocks = Json.array();
    for (int i = 0; i < content.size(); i++) {
      blocks.add(UserParts.toBlock(content.get(i), path + "." + i));
    }
    return blocks;
  }
}
