package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/** Builds OpenAI {@code chat.completion.chunk} objects for one stream (same id, created and model on each). */
final class OpenAiChunks {
  private final long created;
  private final boolean includeUsage;
  private String id = "";
  private String model;

  OpenAiChunks(String model, long created, boolean includeUsage) {
    this.model = model;
    this.created = created;
    this.includeUsage = includeUsage;
  }

  void identify(String id, String model) {
    if (id != null) {
      this.id = id;
    }
    if (model != null) {
      this.model = model;
    }
  }

  /** A chunk with one choice carrying {@code delta}; with include_usage on, {@code "usage": null} as OpenAI does. */
  ObjectNode delta(ObjectNode delta, String finishReason) {
    ObjectNode chunk = head();
    ObjectNode choice = chunk.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    if (includeUsage) {
      chunk.putNull("usage");
    }
    return chunk;
  }

  /** The final usage chunk: no choices, the totals. */
  ObjectNode usage(Usage usage) {
    ObjectNode chunk = head();
    chunk.putArray("choices");
    chunk.set("usage", usage.toOpenAi());
    return chunk;
  }

  private ObjectNode head() {
    ObjectNode chunk = Json.object();
    chunk.put("id", id);
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", created);
    chunk.put("model", model);
    return chunk;
  }
}
