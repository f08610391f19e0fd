package io.switchboard.translate.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/** Writes OpenAI error bodies: {@code {"error":{"message","type","param","code"}}}. */
public final class OpenAiErrors {
  private static final int MAX_TEXT = 1000;

  private OpenAiErrors() {
  }

  /** The OpenAI error type for an HTTP status. */
  public static String type(int status) {
    return switch (status) {
      case 400, 404, 409, 413, 415, 422 -> status == 404 ? "not_found_error" : "invalid_request_error";
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 429 -> "rate_limit_error";
      default -> "api_error";
    };
  }

  /** An error body; {@code code} may be null. */
  public static ObjectNode of(int status, String message, String code) {
    ObjectNode error = Json.object();
    error.put("message", message);
    error.put("type", type(status));
    error.putNull("param");
    if (code == null) {
      error.putNull("code");
    } else {
      error.put("code", code);
    }
    return Json.object().set("error", error);
  }

  /** The body as JSON, or null when it is empty or not JSON. */
  public static JsonNode parseOrNull(Buffer body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(body.getBytes());
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The error for a body that was not the provider's JSON: its text (trimmed, capped) or the status. */
  public static ObjectNode fromText(int status, Buffer body) {
    String text = body == null ? "" : body.toString(StandardCharsets.UTF_8).trim();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    String message = text.isEmpty() ? "Upstream returned HTTP " + status : text;
    return of(status, message, null);
  }

  /** A text field, or null when absent or not text. */
  public static String str(JsonNode node) {
    return node.isTextual() ? node.asText() : node.isNumber() ? node.asText() : null;
  }
}
