package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.OpenAiErrors;
import io.switchboard.translate.kit.Req;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * ConverseStream (binary event stream) → OpenAI chunks. contentBlockStart with a toolUse opens a tool call,
 * contentBlockDelta carries text, toolUse input fragments or reasoningContent, messageStop the stop reason and
 * metadata the usage. Exception frames and malformed frames become one OpenAI error event; bytes after that are
 * ignored.
 */
final class BedrockStream implements StreamTranslator {
  private final EventStreamDecoder decoder = new EventStreamDecoder();
  private final ChunkWriter writer;
  private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();
  private final Set<Integer> jsonBlocks = new HashSet<>();
  private boolean failed;

  BedrockStream(ChunkWriter writer) {
    this.writer = writer;
  }

  @Override
  public Buffer feed(Buffer chunk) {
    if (!failed) {
      try {
        decoder.feed(chunk).forEach(this::handle);
      } catch (GatewayException e) {
        fail(e);
      }
    }
    return writer.take();
  }

  @Override
  public Buffer finish() {
    if (!failed) {
      try {
        decoder.finish();
      } catch (GatewayException e) {
        fail(e);
      }
    }
    return writer.finish();
  }

  private void fail(GatewayException e) {
    failed = true;
    writer.error(OpenAiErrors.of(e.status(), e.getMessage(), "malformed_event_stream"));
  }

  private void handle(EventStreamMessage message) {
    JsonNode payload = Req.tryParse(new String(message.payload(), java.nio.charset.StandardCharsets.UTF_8));
    payload = payload == null ? Json.object() : payload;
    if (message.header(":message-type").equals("exception")) {
      String type = message.header(":exception-type");
      writer.error(OpenAiErrors.of(BedrockResponse.exceptionStatus(type), payload.path("message").asText(type), type));
      return;
    }
    switch (message.header(":event-type")) {
      case "contentBlockStart" -> start(payload);
      case "contentBlockDelta" -> delta(payload);
      case "messageStop" -> writer.finishReason(0,
          BedrockResponse.finishReason(payload.path("stopReason").asText(""), !jsonBlocks.isEmpty()));
      case "metadata" -> {
        if (payload.path("usage").isObject()) {
          writer.usage(BedrockResponse.usage(payload.path("usage")));
        }
      }
      default -> { }
    }
  }

  private void start(JsonNode payload) {
    JsonNode use = payload.path("start").path("toolUse");
    if (!use.isObject()) {
      return;
    }
    int block = payload.path("contentBlockIndex").asInt();
    if (use.path("name").asText().equals(BedrockConfig.JSON_TOOL)) {
      jsonBlocks.add(block);
    } else {
      toolIndexByBlock.put(block, writer.toolCall(0, use.path("toolUseId").asText(), use.path("name").asText(), ""));
    }
  }

  private void delta(JsonNode payload) {
    int block = payload.path("contentBlockIndex").asInt();
    JsonNode delta = payload.path("delta");
    if (delta.has("text")) {
      writer.text(0, delta.path("text").asText());
    } else if (delta.has("reasoningContent")) {
      writer.reasoning(0, delta.path("reasoningContent").path("text").asText(""));
    } else if (delta.has("toolUse")) {
      String fragment = delta.path("toolUse").path("input").asText("");
      if (jsonBlocks.contains(block)) {
        writer.text(0, fragment);
      } else if (toolIndexByBlock.containsKey(block)) {
        writer.toolArguments(0, toolIndexByBlock.get(block), fragment);
      }
    }
  }
}
