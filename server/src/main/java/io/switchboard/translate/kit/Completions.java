package io.switchboard.translate.kit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/** Writes OpenAI {@code chat.completion} objects, their messages, tool calls and usage. */
public final class Completions {
  private Completions() {
  }

  /** A completion with the given choices; {@code usage} may be null. */
  public static ObjectNode completion(Stamp stamp, String model, ArrayNode choices, ObjectNode usage) {
    ObjectNode out = Json.object();
    out.put("id", stamp.id());
    out.put("object", "chat.completion");
    out.put("created", stamp.created());
    out.put("model", model);
    out.set("choices", choices);
    if (usage != null) {
      out.set("usage", usage);
    }
    return out;
  }

  public static ObjectNode choice(int index, ObjectNode message, String finishReason) {
    ObjectNode choice = Json.object();
    choice.put("index", index);
    choice.set("message", message);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    return choice;
  }

  /** An assistant message; content is null when empty and tool calls carry the answer. */
  public static ObjectNode message(String content, String reasoning, ArrayNode toolCalls) {
    ObjectNode message = Json.object().put("role", "assistant");
    if (content.isEmpty() && !toolCalls.isEmpty()) {
      message.putNull("content");
    } else {
      message.put("content", content);
    }
    if (!reasoning.isEmpty()) {
      message.put("reasoning_content", reasoning);
    }
    if (!toolCalls.isEmpty()) {
      message.set("tool_calls", toolCalls);
    }
    return message;
  }

  public static ObjectNode toolCall(String id, String name, String arguments) {
    ObjectNode call = Json.object().put("id", id).put("type", "function");
    call.set("function", Json.object().put("name", name).put("arguments", arguments));
    return call;
  }

  /**
   * OpenAI usage. {@code cached} (prompt tokens read from a cache) and {@code reasoning} (completion tokens spent
   * thinking) are written as details only when the provider reported them.
   */
  public static ObjectNode usage(long prompt, long completion, Long cached, Long reasoning) {
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", prompt);
    usage.put("completion_tokens", completion);
    usage.put("total_tokens", prompt + completion);
    if (cached != null) {
      usage.set("prompt_tokens_details", Json.object().put("cached_tokens", cached));
    }
    if (reasoning != null) {
      usage.set("completion_tokens_details", Json.object().put("reasoning_tokens", reasoning));
    }
    return usage;
  }

  /** A field's long value, or null when absent. */
  public static Long optLong(com.fasterxml.jackson.databind.JsonNode node, String field) {
    com.fasterxml.jackson.databind.JsonNode n = node.path(field);
    return n.isNumber() ? n.asLong() : null;
  }
}
