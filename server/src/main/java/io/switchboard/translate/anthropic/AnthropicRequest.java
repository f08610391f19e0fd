package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;

/**
 * An OpenAI chat request body to an Anthropic Messages body. Anthropic requires {@code max_tokens}: it is
 * {@code max_completion_tokens}, else {@code max_tokens}, else {@link #DEFAULT_MAX_TOKENS} (plus the thinking
 * budget when reasoning is on). {@code temperature} above 1 is clamped to 1 (Anthropic's range is 0–1).
 * {@code seed}, penalties, {@code logit_bias}, {@code logprobs}, {@code store}, {@code service_tier} and
 * {@code metadata} are dropped; {@code n > 1} and audio output are rejected.
 */
final class AnthropicRequest {
  /** {@code max_tokens} sent when the client gives none. */
  static final int DEFAULT_MAX_TOKENS = 4096;

  private AnthropicRequest() {
  }

  static ObjectNode build(ObjectNode request, String model) {
    rejectUnsupported(request);
    ObjectNode body = Json.object();
    body.put("model", model);
    AnthropicMessages.Result conversation = AnthropicMessages.convert(request.get("messages"));
    String system = join(conversation.system(), ResponseFormat.instruction(request.get("response_format")));
    Thinking.Budget thinking = Thinking.fromEffort(request.get("reasoning_effort"));
    body.put("max_tokens", thinking.maxTokens(requestedMaxTokens(request)));
    if (system != null) {
      body.put("system", system);
    }
    body.set("messages", conversation.messages());
    thinking.apply(body);
    sampling(request, body);
    AnthropicTools.apply(request, body);
    String user = Nodes.text(request, "user");
    if (user != null) {
      body.putObject("metadata").put("user_id", user);
    }
    if (request.path("stream").asBoolean(false)) {
      body.put("stream", true);
    }
    return body;
  }

  private static void rejectUnsupported(JsonNode request) {
    JsonNode n = request.get("n");
    if (n != null && !n.isNull() && (!n.canConvertToInt() || n.asInt() != 1)) {
      throw GatewayException.invalid("n", "Anthropic returns one choice per request; n must be 1");
    }
    for (JsonNode modality : request.path("modalities")) {
      if ("audio".equals(modality.asText())) {
        throw GatewayException.invalid("modalities", "audio output is not supported by Anthropic");
      }
    }
  }

  /** The client's limit, or {@code null} when it gave none. */
  private static Integer requestedMaxTokens(JsonNode request) {
    for (String field : new String[] {"max_completion_tokens", "max_tokens"}) {
      JsonNode value = request.get(field);
      if (value != null && !value.isNull()) {
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
          throw GatewayException.invalid(field, "must be a positive integer");
        }
        return value.asInt();
      }
    }
    return null;
  }

  private static void sampling(JsonNode request, ObjectNode body) {
    JsonNode temperature = number(request, "temperature");
    if (temperature != null) {
      body.put("temperature", Math.max(0.0, Math.min(1.0, temperature.asDouble())));
    }
    JsonNode topP = number(request, "top_p");
    if (topP != null) {
      body.set("top_p", topP);
    }
    JsonNode stop = request.get("stop");
    if (stop != null && stop.isTextual()) {
      body.putArray("stop_sequences").add(stop.asText());
    } else if (stop != null && stop.isArray() && !stop.isEmpty()) {
      ArrayNode sequences = body.putArray("stop_sequences");
      stop.forEach(s -> sequences.add(s.asText()));
    } else if (stop != null && !stop.isNull() && !stop.isArray()) {
      throw ChatFormat.bad("stop", "expected a string or an array of strings, got " + Json.kind(stop));
    }
  }

  private static JsonNode number(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw GatewayException.invalid(field, "must be a number");
    }
    return value;
  }

  private static String join(String system, String instruction) {
    if (instruction == null) {
      return system;
    }
    return system == null ? instruction : system + "\n\n" + instruction;
  }
}
