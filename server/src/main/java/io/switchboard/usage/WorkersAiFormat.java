package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Workers AI's native {@code /run/@cf/...} API: {@code result.usage.prompt_tokens} /
 * {@code completion_tokens} in the response envelope, and a data event carrying {@code usage} near
 * the end of a stream. The counts are OpenAI-style; the model comes from the path.
 */
final class WorkersAiFormat implements UsageFormat {
  static final WorkersAiFormat INSTANCE = new WorkersAiFormat();
  private static final Hint HINT = new Hint("usage", "result");

  @Override
  public Hint hint() {
    return HINT;
  }

  @Override
  public void read(JsonNode node, Tally tally) {
    JsonNode target = Nodes.object(node, "result") != null ? node.get("result") : node;
    tally.model(Nodes.text(target, "model"));
    JsonNode usage = Nodes.object(target, "usage");
    if (usage != null) {
      OpenAiFormat.readUsage(usage, tally);
    }
  }
}
