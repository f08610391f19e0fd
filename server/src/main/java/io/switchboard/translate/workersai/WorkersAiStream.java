package io.switchboard.translate.workersai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.SseParser;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.Req;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * Workers AI SSE ({@code data: {"response":"tok"}} … {@code data: [DONE]}) → OpenAI chunks. A {@code usage} object
 * (usually on the last event) is kept for the usage chunk; {@code tool_calls} arrive whole and are written whole.
 */
final class WorkersAiStream implements StreamTranslator {
  private final SseParser parser = new SseParser();
  private final ChunkWriter writer;
  private int toolCounter;

  WorkersAiStream(ChunkWriter writer) {
    this.writer = writer;
  }

  @Override
  public Buffer feed(Buffer chunk) {
    handle(parser.feed(chunk));
    return writer.take();
  }

  @Override
  public Buffer finish() {
    handle(parser.finish());
    writer.finishReason(0, writer.hasToolCalls(0) ? "tool_calls" : "stop");
    return writer.finish();
  }

  private void handle(List<SseEvent> events) {
    for (SseEvent event : events) {
      JsonNode node = Req.tryParse(event.data());
      if (node == null || !node.isObject()) {
        continue;
      }
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
}
