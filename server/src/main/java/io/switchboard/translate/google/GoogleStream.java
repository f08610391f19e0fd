package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.SseChunkStream;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Req;

/**
 * Gemini {@code streamGenerateContent?alt=sse} → OpenAI chunks. Each SSE event is a whole
 * {@code GenerateContentResponse}: text and thought parts become content/reasoning deltas, each functionCall one
 * complete tool call; the last finishReason and usageMetadata are written at the end.
 */
final class GoogleStream extends SseChunkStream {
  private int toolCounter;

  GoogleStream(ChunkWriter writer) {
    super(writer);
  }



  @Override
  protected void onEvent(SseEvent event, JsonNode node) {
    if (node.has("error")) {
      JsonNode error = node.path("error");
      int status = error.path("code").asInt(500);
      writer.error(OpenAiErrors.of(status, error.path("message").asText(""), OpenAiErrors.str(error.path("status"))));
      return;
    }
    candidates(node.path("candidates"));
    if (node.path("usageMetadata").isObject()) {
      writer.usage(GoogleResponse.usage(node.path("usageMetadata")));
    }
  }

  private void candidates(JsonNode candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode candidate = candidates.get(i);
      int choice = candidate.path("index").asInt(i);
      for (JsonNode part : candidate.path("content").path("parts")) {
        if (part.has("functionCall")) {
          JsonNode fn = part.path("functionCall");
          String args = Json.write(fn.path("args").isObject() ? fn.path("args") : Json.object());
          writer.toolCall(choice, GoogleResponse.toolCallId(toolCounter++), fn.path("name").asText(), args);
        } else if (part.path("thought").asBoolean(false)) {
          writer.reasoning(choice, part.path("text").asText(""));
        } else {
          writer.text(choice, part.path("text").asText(""));
        }
      }
      String reason = candidate.path("finishReason").asText("");
      if (!reason.isEmpty()) {
        writer.finishReason(choice, GoogleResponse.finishReason(reason, writer.hasToolCalls(choice)));
      }
    }
  }
}
