package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Completions;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Stamp;

/** Gemini {@code GenerateContentResponse} → OpenAI: candidates, finish reasons, usage and errors. */
final class GoogleResponse {
  private GoogleResponse() {
  }

  static ObjectNode completion(ObjectNode response, String model, Stamp stamp) {
    ArrayNode choices = Json.array();
    int toolCounter = 0;
    JsonNode candidates = response.path("candidates");
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode candidate = candidates.get(i);
      StringBuilder text = new StringBuilder();
      StringBuilder reasoning = new StringBuilder();
      ArrayNode calls = Json.array();
      for (JsonNode part : candidate.path("content").path("parts")) {
        if (part.has("functionCall")) {
          JsonNode fn = part.path("functionCall");
          String args = Json.write(fn.path("args").isObject() ? fn.path("args") : Json.object());
          calls.add(Completions.toolCall(toolCallId(toolCounter++), fn.path("name").asText(), args));
        } else if (part.path("thought").asBoolean(false)) {
          reasoning.append(part.path("text").asText(""));
        } else {
          text.append(part.path("text").asText(""));
        }
      }
      String finish = finishReason(candidate.path("finishReason").asText(""), !calls.isEmpty());
      int index = candidate.path("index").asInt(i);
      choices.add(Completions.choice(index, Completions.message(text.toString(), reasoning.toString(), calls), finish));
    }
    if (choices.isEmpty()) {
      boolean blocked = response.path("promptFeedback").has("blockReason");
      ObjectNode empty = Completions.message("", "", Json.array());
      choices.add(Completions.choice(0, empty, blocked ? "content_filter" : "stop"));
    }
    return Completions.completion(stamp, model, choices, usage(response.path("usageMetadata")));
  }

  /** Gemini has no tool call ids: the n-th function call of a response (from 0) is {@code call_<n>}. */
  static String toolCallId(int n) {
    return "call_" + n;
  }

  static String finishReason(String reason, boolean calledTools) {
    return switch (reason) {
      case "MAX_TOKENS" -> "length";
      case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY" -> "content_filter";
      default -> calledTools ? "tool_calls" : "stop";
    };
  }

  /** usageMetadata → usage; thoughts count as completion tokens (and reasoning_tokens), cached content as cached_tokens. */
  static ObjectNode usage(JsonNode meta) {
    if (!meta.isObject()) {
      return null;
    }
    long thoughts = meta.path("thoughtsTokenCount").asLong(0);
    long completion = meta.path("candidatesTokenCount").asLong(0) + thoughts;
    Long cached = Completions.optLong(meta, "cachedContentTokenCount");
    Long reasoning = Completions.optLong(meta, "thoughtsTokenCount");
    return Completions.usage(meta.path("promptTokenCount").asLong(0), completion, cached, reasoning);
  }

  /** Google errors: {@code {"error":{"code","message","status"}}}, sometimes wrapped in an array. */
  static ObjectNode error(int status, io.vertx.core.buffer.Buffer body) {
    JsonNode parsed = OpenAiErrors.parseOrNull(body);
    if (parsed != null && parsed.isArray() && parsed.size() > 0) {
      parsed = parsed.get(0);
    }
    JsonNode error = parsed == null ? null : parsed.path("error");
    if (error == null || !error.path("message").isTextual()) {
      return OpenAiErrors.fromText(status, body);
    }
    return OpenAiErrors.of(status, error.path("message").asText(), OpenAiErrors.str(error.path("status")));
  }
}
