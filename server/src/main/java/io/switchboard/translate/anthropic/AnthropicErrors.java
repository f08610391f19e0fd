package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;

/**
 * Anthropic errors ({@code {"type":"error","error":{"type","message"}}}) to OpenAI's {@code {"error":{"message",
 * "type","param","code"}}}. The HTTP status is kept by the caller. {@code type} stays Anthropic's error type except
 * api_error / overloaded_error → server_error; {@code code} is invalid_api_key (authentication_error),
 * rate_limit_exceeded (rate_limit_error), overloaded (overloaded_error), else null. A body that is not an Anthropic
 * error (an HTML 502 page, say) becomes type {@code upstream_error} with a short text excerpt.
 */
final class AnthropicErrors {
  private AnthropicErrors() {
  }

  static ObjectNode toOpenAi(int status, Buffer body) {
    ObjectNode parsed = Nodes.objectOrNull(body);
    JsonNode error = parsed == null ? null : parsed.get("error");
    if (error != null && error.isObject() && Nodes.text(error, "message") != null) {
      return fromAnthropicError(error);
    }
    String detail = parsed != null && Nodes.text(parsed, "message") != null
        ? Nodes.text(parsed, "message") : Nodes.snippet(body);
    String message = "Upstream error (HTTP " + status + ")" + (detail.isEmpty() ? "" : ": " + detail);
    return openAi(message, "upstream_error", null);
  }

  /** The error object of an Anthropic {@code error} event or body. */
  static ObjectNode fromAnthropicError(JsonNode error) {
    String type = Nodes.text(error, "type");
    String message = Nodes.text(error, "message");
    String code = type == null ? null : switch (type) {
      case "authentication_error" -> "invalid_api_key";
      case "rate_limit_error" -> "rate_limit_exceeded";
      case "overloaded_error" -> "overloaded";
      default -> null;
    };
    String openAiType = "api_error".equals(type) || "overloaded_error".equals(type) ? "server_error" : type;
    return openAi(message == null ? "" : message, openAiType == null ? "upstream_error" : openAiType, code);
  }

  static ObjectNode openAi(String message, String type, String code) {
    ObjectNode out = Json.object();
    ObjectNode error = out.putObject("error");
    error.put("message", message);
    error.put("type", type);
    error.putNull("param");
    error.put("code", code);
    return out;
  }
}
