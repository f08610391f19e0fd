package io.switchboard.translate.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.SseChunkStream;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Req;
import java.util.HashMap;
import java.util.Map;

/**
 * Cohere v2 chat SSE → OpenAI chunks: content-delta (text or thinking), tool-plan-delta (as reasoning),
 * tool-call-start/delta, and message-end (finish reason, usage, or an error).
 */
final class CohereStream extends SseChunkStream {
  private final Map<Integer, Integer> toolIndex = new HashMap<>();

  CohereStream(ChunkWriter writer) {
    super(writer);
  }



  @Override
  protected void onEvent(SseEvent event, JsonNode node) {
    String type = node.path("type").asText(event.event() == null ? "" : event.event());
    JsonNode message = node.path("delta").path("message");
    switch (type) {
      case "content-delta" -> {
        writer.text(0, message.path("content").path("text").asText(""));
        writer.reasoning(0, message.path("content").path("thinking").asText(""));
      }
      case "tool-plan-delta" -> writer.reasoning(0, message.path("tool_plan").asText(""));
      case "tool-call-start" -> start(node.path("index").asInt(), message.path("tool_calls"));
      case "tool-call-delta" -> {
        Integer index = toolIndex.get(node.path("index").asInt());
        if (index != null) {
          writer.toolArguments(0, index, message.path("tool_calls").path("function").path("arguments").asText(""));
        }
      }
      case "message-end" -> end(node.path("delta"));
      default -> { }
    }
  }

  private void start(int cohereIndex, JsonNode call) {
    JsonNode fn = call.path("function");
    int index = writer.toolCall(0, call.path("id").asText(), fn.path("name").asText(), fn.path("arguments").asText(""));
    toolIndex.put(cohereIndex, index);
  }

  private void end(JsonNode delta) {
    if (delta.path("error").isTextual() && !delta.path("error").asText().isEmpty()) {
      writer.error(OpenAiErrors.of(500, delta.path("error").asText(), null));
      return;
    }
    writer.finishReason(0, CohereResponse.finishReason(delta.path("finish_reason").asText("")));
    if (delta.path("usage").isObject()) {
      writer.usage(CohereResponse.usage(delta.path("usage")));
    }
  }
}
