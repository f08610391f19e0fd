package io.switchboard.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.translate.anthropic.AnthropicToOpenAiRequest;
import io.vertx.core.buffer.Buffer;

/**
 * A parsed {@code /compat} request: the OpenAI-schema body, the provider and model from
 * {@code model: "{provider}/{model}"}, and, for the Anthropic front door, the request as the client sent it.
 */
record CompatRequest(ObjectNode openAi, ObjectNode original, String slug, String model, boolean stream,
    boolean includeUsage, boolean frontDoor) {

  static CompatRequest parse(Buffer body, boolean frontDoor) {
    JsonNode parsed;
    try {
      parsed = Json.parse(body);
    } catch (GatewayException e) {
      throw bad(e.getMessage());
    }
    if (!(parsed instanceof ObjectNode original)) {
      throw bad("the body must be a JSON object");
    }
    ObjectNode openAi = frontDoor ? AnthropicToOpenAiRequest.convert(original.deepCopy()) : original;
    JsonNode model = openAi.get("model");
    if (model == null || !model.isTextual()) {
      throw bad("model is required: \"{provider}/{model}\", for example \"openai/gpt-4o-mini\"");
    }
    String m = model.asText();
    int slash = m.indexOf('/');
    if (slash <= 0 || slash == m.length() - 1) {
      throw bad("model '" + m + "' has no provider prefix: use \"{provider}/{model}\", for example \"openai/" + m + "\"");
    }
    boolean stream = openAi.path("stream").asBoolean(false);
    boolean includeUsage = openAi.path("stream_options").path("include_usage").asBoolean(false);
    return new CompatRequest(openAi, original, m.substring(0, slash), m.substring(slash + 1), stream, includeUsage,
        frontDoor);
  }

  /** The OpenAI body with the provider prefix stripped from {@code model}. */
  ObjectNode stripped() {
    ObjectNode copy = openAi.deepCopy();
    copy.put("model", model);
    return copy;
  }

  /** The front door's own body with the provider prefix stripped (for Anthropic itself, sent natively). */
  ObjectNode originalStripped() {
    ObjectNode copy = original.deepCopy();
    copy.put("model", model);
    return copy;
  }

  static GatewayException bad(String why) {
    return GatewayException.of(ErrorCode.BAD_CHAT_FORMAT, "Chat completion bad format: " + why);
  }
}
