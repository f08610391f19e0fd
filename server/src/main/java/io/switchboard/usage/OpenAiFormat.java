package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * OpenAI and every OpenAI-compatible API (Azure OpenAI, Groq, Mistral, DeepSeek, Cerebras, Perplexity,
 * xAI, OpenRouter, Workers AI's /v1 endpoints, custom providers).
 *
 * <ul>
 *   <li>Chat Completions / Completions / Embeddings: {@code usage.prompt_tokens} (includes cached),
 *       {@code completion_tokens} (includes reasoning; absent for embeddings = 0),
 *       {@code prompt_tokens_details.cached_tokens}; DeepSeek's {@code prompt_cache_hit_tokens}. Streamed
 *       usage arrives in the last chunk with {@code stream_options.include_usage}; Groq puts it in
 *       {@code x_groq.usage}.</li>
 *   <li>Responses API: {@code usage.input_tokens} (includes cached), {@code output_tokens},
 *       {@code input_tokens_details.cached_tokens}; streamed in {@code response.completed}'s
 *       {@code response}.</li>
 * </ul>
 */
final class OpenAiFormat implements UsageFormat {
  static final OpenAiFormat INSTANCE = new OpenAiFormat();
  private static final Hint HINT = new Hint("usage", "response");

  @Override
  public Hint hint() {
    return HINT;
  }

  @Override
  public void read(JsonNode node, Tally tally) {
    JsonNode target = Nodes.object(node, "response") != null ? node.get("response") : node;
    tally.model(Nodes.text(target, "model"));
    JsonNode usage = Nodes.object(target, "usage");
    if (usage == null) {
      usage = Nodes.object(target, "x_groq", "usage");
    }
    if (usage != null) {
      readUsage(usage, tally);
    }
  }

  /**
   * OpenAI counts reasoning inside {@code completion_tokens}; xAI reports it beside them (its
   * {@code total_tokens} = prompt + completion + reasoning). The total tells which: reasoning is added
   * only when it accounts for the difference.
   */
  private static Long withSeparateReasoning(JsonNode usage, Long prompt, long completion) {
    Long reasoning = Nodes.count(Nodes.object(usage, "completion_tokens_details"), "reasoning_tokens");
    Long total = Nodes.count(usage, "total_tokens");
    if (reasoning != null && reasoning > 0 && total != null && prompt != null
        && total == prompt + completion + reasoning) {
      return completion + reasoning;
    }
    return completion;
  }

  /** Reads one OpenAI-style usage object (also used for Workers AI's native usage). */
  static void readUsage(JsonNode usage, Tally tally) {
    Long prompt = Nodes.firstNonNull(Nodes.count(usage, "prompt_tokens"), Nodes.count(usage, "input_tokens"));
    Long completion = Nodes.firstNonNull(Nodes.count(usage, "completion_tokens"),
        Nodes.count(usage, "output_tokens"));
    if (prompt == null && completion == null) {
      return;
    }
    tally.input = prompt;
    tally.output = withSeparateReasoning(usage, prompt, completion != null ? completion : Long.valueOf(0));
    Long cached = Nodes.count(Nodes.object(usage, "prompt_tokens_details"), "cached_tokens");
    cached = Nodes.firstNonNull(cached, Nodes.count(Nodes.object(usage, "input_tokens_details"), "cached_tokens"));
    cached = Nodes.firstNonNull(cached, Nodes.count(usage, "prompt_cache_hit_tokens"));
    if (cached != null) {
      tally.cacheRead = cached;
    }
  }
}
