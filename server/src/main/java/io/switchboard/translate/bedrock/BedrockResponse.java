package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Completions;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;

/** Converse response → OpenAI: content blocks, stop reason, usage and errors. */
final class BedrockResponse {
  private BedrockResponse() {
  }

  static ObjectNode completion(ObjectNode response, String model, Stamp stamp) {
    StringBuilder text = new StringBuilder();
    StringBuilder reasoning = new StringBuilder();
    ArrayNode calls = Json.array();
    boolean jsonAnswer = false;
    for (JsonNode block : response.path("output").path("message").path("content")) {
      if (block.has("text")) {
        text.append(block.path("text").asText());
      } else if (block.has("reasoningContent")) {
        reasoning.append(block.path("reasoningContent").path("reasoningText").path("text").asText(""));
      } else if (block.has("toolUse")) {
        JsonNode use = block.path("toolUse");
        String input = Json.write(use.path("input").isMissingNode() ? Json.object() : use.path("input"));
        if (use.path("name").asText().equals(BedrockConfig.JSON_TOOL)) {
          text.append(input);
          jsonAnswer = true;
        } else {
          calls.add(Completions.toolCall(use.path("toolUseId").asText(), use.path("name").asText(), input));
        }
      }
    }
    String finish = finishReason(response.path("stopReason").asText(""), jsonAnswer);
    ObjectNode message = Completions.message(text.toString(), reasoning.toString(), calls);
    ArrayNode choices = Json.array().add(Completions.choice(0, message, finish));
    return Completions.completion(stamp, model, choices, usage(response.path("usage")));
  }

  /** stopReason → finish_reason; a tool_use stop for the JSON-mode tool is a plain stop. */
  static String finishReason(String stopReason, boolean jsonAnswer) {
    return switch (stopReason) {
      case "tool_use" -> jsonAnswer ? "stop" : "tool_calls";
      case "max_tokens", "model_context_window_exceeded" -> "length";
      case "content_filtered", "guardrail_intervened" -> "content_filter";
      default -> "stop";
    };
  }

  /** Converse counts cache reads and writes apart from inputTokens; OpenAI's prompt_tokens includes them. */
  static ObjectNode usage(JsonNode usage) {
    if (!usage.isObject()) {
      return null;
    }
    Long cacheRead = Completions.optLong(usage, "cacheReadInputTokens");
    long prompt = usage.path("inputTokens").asLong(0) + usage.path("cacheReadInputTokens").asLong(0)
        + usage.path("cacheWriteInputTokens").asLong(0);
    return Completions.usage(prompt, usage.path("outputTokens").asLong(0), cacheRead, null);
  }

  /** Bedrock errors are {@code {"message": "..."}}, sometimes with an AWS {@code __type}. */
  static ObjectNode error(int status, Buffer body) {
    JsonNode parsed = OpenAiErrors.parseOrNull(body);
    if (parsed == null || !parsed.isObject()) {
      return OpenAiErrors.fromText(status, body);
    }
    JsonNode message = parsed.has("message") ? parsed.path("message") : parsed.path("Message");
    if (!message.isTextual()) {
      return OpenAiErrors.fromText(status, body);
    }
    String type = OpenAiErrors.str(parsed.path("__type"));
    String code = type == null ? null : type.substring(type.lastIndexOf('#') + 1);
    return OpenAiErrors.of(status, message.asText(), code);
  }

  /** The HTTP status AWS documents for a stream exception type. */
  static int exceptionStatus(String type) {
    return switch (type) {
      case "throttlingException" -> 429;
      case "validationException" -> 400;
      case "modelTimeoutException" -> 408;
      case "serviceUnavailableException" -> 503;
      case "modelStreamErrorException" -> 424;
      default -> 500;
    };
  }
}
