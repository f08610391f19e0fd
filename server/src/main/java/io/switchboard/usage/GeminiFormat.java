package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Google AI Studio and Vertex AI {@code generateContent}: {@code usageMetadata.promptTokenCount}
 * (includes {@code cachedContentTokenCount}) plus {@code toolUsePromptTokenCount} as input,
 * {@code candidatesTokenCount} plus {@code thoughtsTokenCount} as output, {@code modelVersion} as the
 * model. Streamed chunks each carry a cumulative {@code usageMetadata}; the last one wins. A
 * non-SSE stream is one JSON array, read element by element.
 */
final class GeminiFormat implements UsageFormat {
  static final GeminiFormat INSTANCE = new GeminiFormat();
  private static final Hint HINT = new Hint("usageMetadata", "modelVersion");

  @Override
  public Hint hint() {
    return HINT;
  }

  @Override
  public void read(JsonNode node, Tally tally) {
    tally.model(Nodes.text(node, "modelVersion"));
    JsonNode usage = Nodes.object(node, "usageMetadata");
    if (usage == null) {
      return;
    }
    Long prompt = Nodes.sum(Nodes.count(usage, "promptTokenCount"), Nodes.count(usage, "toolUsePromptTokenCount"));
    Long output = Nodes.sum(Nodes.count(usage, "candidatesTokenCount"), Nodes.count(usage, "thoughtsTokenCount"));
    if (prompt != null) {
      tally.input = prompt;
    }
    if (output != null) {
      tally.output = output;
    } else if (prompt != null && tally.output == null) {
      tally.output = 0L;
    }
    Long cached = Nodes.count(usage, "cachedContentTokenCount");
    if (cached != null) {
      tally.cacheRead = cached;
    }
  }
}
