package io.switchboard.translate.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Completions;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;

/** Cohere v2 chat response → OpenAI: message content, tool calls, finish reason, usage and errors. */
final class CohereResponse {
  private CohereResponse() {
  }

  static ObjectNode completion(ObjectNode response, String model, Stamp stamp) {
    JsonNode message = response.path("message");
    StringBuilder text = new StringBuilder();
    StringBuilder reasoning = new StringBuilder(message.path("tool_plan").asText(""));
    for (JsonNode part : message.path("content")) {
      if (part.path("type").asText().equals("thinking")) {
        reasoning.append(part.path("thinking").asText(""));
      } else {
        text.append(part.path("text").asText(""));
      }
    }
    ArrayNode calls = Json.array();
    for (JsonNode call : message.path("tool_calls")) {
      JsonNode fn = call.path("function");
      calls.add(Completions.toolCall(call.path("id").asText(), fn.path("name").asText(), fn.path("arguments").asText("{}")));
    }
    ObjectNode out = Completions.message(text.toString(), reasoning.toString(), calls);
    String finish = finishReason(response.path("finish_reason").asText(""));
    ArrayNode choices = Json.array().add(Completions.choice(0, out, finish));
    return Completions.completion(stamp, model, choices, usage(response.path("usage")));
  }

  static String finishReason(String reason) {
    return switch (reason) {
      case "MAX_TOKENS" -> "length";
      case "TOOL_CALL" -> "tool_calls";
      default -> "stop";
    };
  }

  /** usage.tokens (what the model saw), else usage.billed_units; cached_tokens when reported. */
  static ObjectNode usage(JsonNode usage) {
    if (!usage.isObject()) {
      return null;
    }
    JsonNode counts = usage.path("tokens").isObject() ? usage.path("tokens") : usage.path("billed_units");
    long prompt = counts.path("input_tokens").asLong(0);
    long completion = counts.path("output_tokens").asLong(0);
    return Completions.usage(prompt, completion, Completions.optLong(usage, "cached_tokens"), null);
  }

  /** Cohere errors are {@code {"message": "..."}} (v2 may add an id). */
  static ObjectNode error(int status, Buffer body) {
    JsonNode parsed = OpenAiErrors.parseOrNull(body);
    if (parsed == null || !parsed.path("message").isTextual()) {
      return OpenAiErrors.fromText(status, body);
    }
    return OpenAiErrors.of(status, parsed.path("message").asText(), null);
  }
}
