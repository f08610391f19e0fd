package io.switchboard.translate.workersai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Completions;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;

/** Workers AI {@code {"result":{"response","tool_calls","usage"},"success"}} → OpenAI, and its error envelope. */
final class WorkersAiResponse {
  private WorkersAiResponse() {
  }

  static ObjectNode completion(ObjectNode envelope, String model, Stamp stamp) {
    JsonNode result = envelope.path("result");
    ArrayNode calls = Json.array();
    JsonNode toolCalls = result.path("tool_calls");
    for (int i = 0; i < toolCalls.size(); i++) {
      calls.add(toolCall(toolCalls.get(i), i));
    }
    ObjectNode message = Completions.message(text(result.path("response")), "", calls);
    ArrayNode choices = Json.array().add(Completions.choice(0, message, calls.isEmpty() ? "stop" : "tool_calls"));
    return Completions.completion(stamp, model, choices, usage(result.path("usage")));
  }

  /** The response text; JSON mode may answer an object, which is written back as JSON text. */
  static String text(JsonNode response) {
    if (response.isMissingNode() || response.isNull()) {
      return "";
    }
    return response.isTextual() ? response.asText() : Json.write(response);
  }

  /** A tool call in either shape ({name, arguments} or OpenAI's); ids are {@code call_<n>} when absent. */
  static ObjectNode toolCall(JsonNode call, int n) {
    JsonNode fn = call.has("function") ? call.path("function") : call;
    JsonNode args = fn.path("arguments");
    String arguments = args.isTextual() ? args.asText() : Json.write(args.isMissingNode() ? Json.object() : args);
    String id = call.path("id").isTextual() ? call.path("id").asText() : "call_" + n;
    return Completions.toolCall(id, fn.path("name").asText(), arguments);
  }

  static ObjectNode usage(JsonNode usage) {
    if (!usage.isObject()) {
      return null;
    }
    return Completions.usage(usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0), null, null);
  }

  /** Cloudflare's envelope: {@code {"errors":[{"code","message"}],"success":false}}. */
  static ObjectNode error(int status, Buffer body) {
    JsonNode parsed = OpenAiErrors.parseOrNull(body);
    JsonNode first = parsed == null ? null : parsed.path("errors").path(0);
    if (first == null || !first.path("message").isTextual()) {
      return OpenAiErrors.fromText(status, body);
    }
    return OpenAiErrors.of(status, first.path("message").asText(), OpenAiErrors.str(first.path("code")));
  }
}
