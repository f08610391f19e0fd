package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Token counts. Anthropic's {@code input_tokens} exclude cached tokens, so OpenAI {@code prompt_tokens} = input +
 * cache read + cache write, and {@code prompt_tokens_details.cached_tokens} = cache read. Back to Anthropic:
 * input = prompt − cached, {@code cache_read_input_tokens} = cached.
 */
record Usage(long input, long cacheRead, long cacheWrite, long output) {
  static final Usage NONE = new Usage(0, 0, 0, 0);

  /** Reads an Anthropic usage object; fields it lacks keep their value from {@code base}. */
  static Usage fromAnthropic(JsonNode usage, Usage base) {
    if (usage == null || !usage.isObject()) {
      return base;
    }
    return new Usage(
        usage.path("input_tokens").asLong(base.input),
        usage.path("cache_read_input_tokens").asLong(base.cacheRead),
        usage.path("cache_creation_input_tokens").asLong(base.cacheWrite),
        usage.path("output_tokens").asLong(base.output));
  }

  /** Reads an OpenAI usage object. */
  static Usage fromOpenAi(JsonNode usage) {
    if (usage == null || !usage.isObject()) {
      return NONE;
    }
    long cached = usage.path("prompt_tokens_details").path("cached_tokens").asLong(0);
    long prompt = usage.path("prompt_tokens").asLong(0);
    return new Usage(Math.max(0, prompt - cached), cached, 0, usage.path("completion_tokens").asLong(0));
  }

  ObjectNode toOpenAi() {
    long prompt = input + cacheRead + cacheWrite;
    ObjectNode out = Json.object();
    out.put("prompt_tokens", prompt);
    out.put("completion_tokens", output);
    out.put("total_tokens", prompt + output);
    out.putObject("prompt_tokens_details").put("cached_tokens", cacheRead);
    return out;
  }

  ObjectNode toAnthropic() {
    ObjectNode out = Json.object();
    out.put("input_tokens", input);
    if (cacheRead > 0) {
      out.put("cache_read_input_tokens", cacheRead);
    }
    out.put("output_tokens", output);
    return out;
  }
}
