package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * An Anthropic message to an OpenAI {@code chat.completion}: text blocks joined into {@code content}, thinking
 * blocks into {@code reasoning_content}, {@code tool_use} blocks into {@code tool_calls} (input re-encoded as the
 * arguments string). The id is Anthropic's message id; the model is the one Anthropic reports.
 */
final class AnthropicResponse {
  private AnthropicResponse() {
  }

  static ObjectNode toOpenAi(JsonNode message, String model, long created) {
    StringBuilder text = new StringBuilder();
    StringBuilder reasoning = new StringBuilder();
    ArrayNode calls = Json.array();
    for (JsonNode block : message.path("content")) {
      switch (block.path("type").asText()) {
        case "text" -> text.append(block.path("text").asText());
        case "thinking" -> reasoning.append(block.path("thinking").asText());
        case "tool_use" -> calls.add(toolCall(block));
        default -> { }
      }
    }
    ObjectNode reply = Json.object();
    reply.put("role", "assistant");
    reply.put("content", text.length() == 0 && !calls.isEmpty() ? null : text.toString());
    if (reasoning.length() > 0) {
      reply.put("reasoning_content", reasoning.toString());
    }
    if (!calls.isEmpty()) {
      reply.set("tool_calls", calls);
    }
    ObjectNode out = Json.object();
    out.put("id", message.path("id").asText());
    out.put("object", "chat.completion");
    out.put("created", created);
    out.put("model", message.path("model").asText(model));
    ObjectNode choice = out.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", reply);
    choice.putNull("logprobs");
    choice.put("finish_reason", StopReasons.toOpenAi(Nodes.text(message, "stop_reason")));
    out.set("usage", Usage.fromAnthropic(message.get("usage"), Usage.NONE).toOpenAi());
    return out;
  }

  private static ObjectNode toolCall(JsonNode block) {
    ObjectNode call = Json.object();
    call.put("id", block.path("id").asText());
    call.put("type", "function");
    ObjectNode function = call.putObject("function");
    function.put("name", block.path("name").asText());
    JsonNode input = block.get("input");
    function.put("arguments", input == null || input.isNull() ? "{}" : Json.write(input));
    return call;
  }
}
