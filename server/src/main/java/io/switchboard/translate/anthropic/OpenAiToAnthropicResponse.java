package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Front door: an OpenAI {@code chat.completion} to an Anthropic message. {@code reasoning_content} becomes a
 * thinking block (with an empty signature), content a text block, each tool call a {@code tool_use} block whose
 * input is the parsed arguments (arguments that are not a JSON object are kept as {@code {"arguments": "<raw>"}}).
 */
public final class OpenAiToAnthropicResponse {
  private OpenAiToAnthropicResponse() {
  }

  public static ObjectNode convert(ObjectNode completion) {
    JsonNode choice = completion.path("choices").path(0);
    JsonNode message = choice.path("message");
    ObjectNode out = Json.object();
    out.put("id", completion.path("id").asText());
    out.put("type", "message");
    out.put("role", "assistant");
    out.put("model", completion.path("model").asText());
    ArrayNode content = out.putArray("content");
    String reasoning = Nodes.text(message, "reasoning_content");
    if (reasoning != null && !reasoning.isEmpty()) {
      ObjectNode thinking = content.addObject();
      thinking.put("type", "thinking");
      thinking.put("thinking", reasoning);
      thinking.put("signature", "");
    }
    String text = Nodes.text(message, "content");
    if (text != null && !text.isEmpty()) {
      ObjectNode block = content.addObject();
      block.put("type", "text");
      block.put("text", text);
    }
    for (JsonNode call : message.path("tool_calls")) {
      content.add(toolUse(call));
    }
    out.put("stop_reason", StopReasons.toAnthropic(Nodes.text(choice, "finish_reason")));
    out.putNull("stop_sequence");
    out.set("usage", Usage.fromOpenAi(completion.get("usage")).toAnthropic());
    return out;
  }

  static ObjectNode toolUse(JsonNode call) {
    ObjectNode block = Json.object();
    block.put("type", "tool_use");
    block.put("id", call.path("id").asText());
    block.put("name", call.path("function").path("name").asText());
    block.set("input", input(Nodes.text(call.path("function"), "arguments")));
    return block;
  }

  private static ObjectNode input(String arguments) {
    if (arguments == null || arguments.isBlank()) {
      return Json.object();
    }
    ObjectNode parsed = Nodes.objectOrNull(arguments);
    if (parsed != null) {
      return parsed;
    }
    ObjectNode raw = Json.object();
    raw.put("arguments", arguments);
    return raw;
  }
}
