package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Amazon Bedrock Runtime.
 *
 * <ul>
 *   <li>Converse: {@code usage.inputTokens} (excludes cache), {@code outputTokens},
 *       {@code cacheReadInputTokens}, {@code cacheWriteInputTokens}; ConverseStream sends the same
 *       {@code usage} in its {@code metadata} event.</li>
 *   <li>InvokeModel(WithResponseStream) with an Anthropic model: the Anthropic shape (see
 *       {@link AnthropicFormat}), streamed as base64 {@code bytes} chunks.</li>
 *   <li>Other InvokeModel bodies: {@code amazon-bedrock-invocationMetrics.inputTokenCount} /
 *       {@code outputTokenCount} or Llama's {@code prompt_token_count} / {@code generation_token_count},
 *       used only when no usage block was seen.</li>
 * </ul>
 * The model usually comes from the path ({@code /model/{modelId}/...}).
 */
final class BedrockFormat implements UsageFormat {
  static final BedrockFormat INSTANCE = new BedrockFormat();
  private static final Hint HINT = new Hint("usage", "message", "metadata", "amazon-bedrock-invocationMetrics",
      "prompt_token_count", "generation_token_count");

  @Override
  public Hint hint() {
    return HINT;
  }

  @Override
  public void read(JsonNode node, Tally tally) {
    JsonNode target = Nodes.object(node, "metadata") != null ? node.get("metadata") : node;
    JsonNode usage = Nodes.object(target, "usage");
    if (usage != null && (usage.has("inputTokens") || usage.has("outputTokens"))) {
      readConverse(usage, tally);
    } else {
      AnthropicFormat.INSTANCE.read(node, tally);
    }
    readFallback(node, tally);
  }

  private static void readConverse(JsonNode usage, Tally tally) {
    tally.cacheBesideInput = true;
    tally.input = Nodes.firstNonNull(Nodes.count(usage, "inputTokens"), tally.input);
    tally.output = Nodes.firstNonNull(Nodes.count(usage, "outputTokens"), tally.output);
    tally.cacheRead = Nodes.firstNonNull(Nodes.count(usage, "cacheReadInputTokens"), tally.cacheRead);
    tally.cacheWrite = Nodes.firstNonNull(Nodes.count(usage, "cacheWriteInputTokens"), tally.cacheWrite);
  }

  private static void readFallback(JsonNode node, Tally tally) {
    JsonNode metrics = Nodes.object(node, "amazon-bedrock-invocationMetrics");
    Long in = Nodes.firstNonNull(Nodes.count(metrics, "inputTokenCount"), Nodes.count(node, "prompt_token_count"));
    Long out = Nodes.firstNonNull(Nodes.count(metrics, "outputTokenCount"),
        Nodes.count(node, "generation_token_count"));
    if (in != null) {
      tally.fallbackInput = in;
    }
    if (out != null) {
      tally.fallbackOutput = out;
    }
  }
}
