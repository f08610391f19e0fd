package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Anthropic Messages (also Bedrock InvokeModel with an Anthropic body and Vertex's Anthropic
 * publisher). {@code usage.input_tokens} excludes {@code cache_read_input_tokens} and
 * {@code cache_creation_input_tokens}, which are added to the normalised input. Streamed: the
 * {@code message_start} event's {@code message.usage} gives input and cache counts, each
 * {@code message_delta}'s {@code usage} the cumulative output (and, lately, the other counts again).
 */
final class AnthropicFormat implements UsageFormat {
  static final AnthropicFormat INSTANCE = new AnthropicFormat();
  private static final Hint HINT = new Hint("usage", "message");

  @Override
  public Hint hint() {
    return HINT;
  }

  @Override
  public void read(JsonNode node, Tally tally) {
    JsonNode target = Nodes.object(node, "message") != null ? node.get("message") : node;
    tally.model(Nodes.text(target, "model"));
    JsonNode usage = Nodes.object(target, "usage");
    if (usage != null) {
      readUsage(usage, tally);
    }
  }

  static void readUsage(JsonNode usage, Tally tally) {
    Long input = Nodes.count(usage, "input_tokens");
    Long output = Nodes.count(usage, "output_tokens");
    Long read = Nodes.count(usage, "cache_read_input_tokens");
    Long write = Nodes.count(usage, "cache_creation_input_tokens");
    tally.cacheBesideInput = true;
    if (input != null) {
      tally.input = input;
    }
    if (output != null) {
      tally.output = output;
    }
    if (read != null) {
      tally.cacheRead = read;
    }
    if (write != null) {
      tally.cacheWrite = write;
    }
  }
}
