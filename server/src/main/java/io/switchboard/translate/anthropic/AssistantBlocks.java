package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/** An OpenAI assistant message to Anthropic content: its text, then one {@code tool_use} block per tool call. */
final class AssistantBlocks {
  private AssistantBlocks() {
  }

  static JsonNode of(JsonNode message, String path) {
    String text = OpenAiText.of(message.get("content"), path + ".content");
    JsonNode calls = message.get("tool_calls");
    boolean hasCalls = calls != null && calls.isArray() && !calls.isEmpty();
    if (!hasCalls) {
      if (text.isEmpty()) {
        throw ChatFormat.bad(path + ".content", "an assistant message needs content or tool_calls");
      }
      return Json.mapper().getNodeFactory().textNode(text);
    }
    ArrayNode blocks = Json.array();
    if (!text.isEmpty()) {
      blocks.add(UserParts.text(text, path + ".content"));
    }
    for (int i = 0; i < calls.size(); i++) {
      blocks.add(toolUse(calls.get(i), path + ".tool_calls." + i));
    }
    return blocks;
  }

  private static ObjectNode toolUse(JsonNode call, String path) {
    JsonNode function = call.get("function");
    String id = Nodes.text(call, "id");
    String name = Nodes.text(function, "name");
    if (id == null) {
      throw ChatFormat.bad(path + ".id", "a tool call needs an id");
    }
    if (name == null) {
      throw ChatFormat.bad(path + ".function.name", "a tool call needs a function name");
    }
    String arguments = Nodes.text(function, "arguments");
    ObjectNode input = arguments == null || arguments.isBlank() ? Json.object() : Nodes.objectOrNull(arguments);
    if (input == null) {
      throw ChatFormat.bad(path + ".function.arguments", "must be a JSON object encoded as a string");
    }
    ObjectNode block = Json.object();
    block.put("type", "tool_use");
    block.put("id", id);
    block.put("name", name);
    block.set("input", input);
    return block;
  }
}
