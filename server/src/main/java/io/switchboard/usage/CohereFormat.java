package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cohere. v2: {@code usage.billed_units.input_tokens} / {@code output_tokens} (what is billed),
 * falling back to {@code usage.tokens}; streamed in the {@code message-end} event's
 * {@code delta.usage}. v1: the same under {@code meta}, streamed (NDJSON) in {@code stream-end}'s
 * {@code response.meta}. Responses carry no model: it comes from the request.
 */
final class CohereFormat implements UsageFormat {
  static final CohereFormat INSTANCE = new CohereFormat();
  private static final Hint HINT = new Hint("usage", "meta", "response");

  @Override
  public Hint hint() {
    return HINT;
  }

  @Override
  public void read(JsonNode node, Tally tally) {
    JsonNode usage = container(node);
    if (usage == null) {
      return;
    }
    JsonNode counts = Nodes.object(usage, "billed_units");
    if (counts == null || !(counts.has("input_tokens") || counts.has("output_tokens"))) {
      counts = Nodes.object(usage, "tokens");
    }
    Long in = Nodes.count(counts, "input_tokens");
    Long out = Nodes.count(counts, "output_tokens");
    if (in != null || out != null) {
      tally.input = in;
      tally.output = out != null ? out : Long.valueOf(0);
    }
  }

  private static JsonNode container(JsonNode node) {
    JsonNode found = Nodes.object(node, "usage");
    if (found == null) {
      found = Nodes.object(node, "delta", "usage");
    }
    if (found == null) {
      found = Nodes.object(node, "meta");
    }
    if (found == null) {
      found = Nodes.object(node, "response", "meta");
    }
    return found;
  }
}
