package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;

/**
 * Front door: an OpenAI-schema error (or any non-JSON error body) to Anthropic's {@code {"type":"error","error":
 * {"type","message"}}}. The Anthropic type follows the HTTP status: 400 invalid_request_error, 401
 * authentication_error, 403 permission_error, 404 not_found_error, 413 request_too_large, 429 rate_limit_error,
 * 529 / 503 overloaded_error, other 5xx api_error.
 */
public final class OpenAiToAnthropicError {
  private OpenAiToAnthropicError() {
  }

  public static ObjectNode convert(int status, Buffer body) {
    ObjectNode parsed = Nodes.objectOrNull(body);
    JsonNode error = parsed == null ? null : parsed.get("error");
    String message;
    if (error != null && error.isObject() && Nodes.text(error, "message") != null) {
      message = Nodes.text(error, "message");
    } else if (error != null && error.isTextual()) {
      message = error.asText();
    } else {
      String detail = Nodes.snippet(body);
      message = "Upstream error (HTTP " + status + ")" + (detail.isEmpty() ? "" : ": " + detail);
    }
    return of(typeFor(status), message);
  }

  /** {@code {"type":"error","error":{"type":type,"message":message}}}. */
  public static ObjectNode of(String type, String message) {
    ObjectNode out = Json.object();
    out.put("type", "error");
    ObjectNode error = out.putObject("error");
    error.put("type", type);
    error.put("message", message);
    return out;
  }

  static String typeFor(int status) {
    return switch (status) {
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 413 -> "request_too_large";
      case 429 -> "rate_limit_error";
      case 503, 529 -> "overloaded_error";
      default -> status >= 500 ? "api_error" : "invalid_request_error";
    };
  }
}
