package io.switchboard.translate.workersai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.SseChunkStream;
import io.switchboard.translate.kit.Req;

/**
 * Workers AI SSE ({@code data: {"response":"tok"}} … {@code data: [DONE]}) → OpenAI chunks. A {@code usage} object
 * (usually on the last event) is kept for the usage chunk; {@code tool_calls} arrive whole and are written whole.
 */
final class WorkersAiStream extends SseChunkStream {
  private int toolCounter;

  WorkersAiStream(ChunkWriter writer) {
    super(writer);
  }


  @Override
  protected void onEnd() {
    writer.finishReason(0, writer.hasToolCalls(0) ? "tool_calls" : "stop");
  }

  @Override
  protected void onEvent(SseEvent event, JsonNode node) {
    if (node.path("response").isTextual()) {
      writer.text(0, node.path("response").asText());
    }
    for (JsonNode call : node.path("tool_calls")) {
      ObjectNode c = WorkersAiResponse.toolCall(call, toolCounter++);
      JsonNode fn = c.path("function");
      writer.toolCall(0, c.path("id").asText(), fn.path("name").asText(), fn.path("arguments").asText());
    }
    if (node.path("usage").isObject()) {
      writer.usage(WorkersAiResponse.usage(node.path("usage")));
    }
  }
}
