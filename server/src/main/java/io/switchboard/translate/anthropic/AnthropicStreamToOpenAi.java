package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.SseParser;
import io.switchboard.translate.StreamTranslator;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic Messages SSE to OpenAI chunk SSE. message_start → the role chunk; text_delta → content;
 * thinking_delta → reasoning_content; a tool_use block start → a tool_calls delta with index, id, type and name,
 * then each input_json_delta → an arguments fragment at the same index; message_delta → the finish_reason chunk;
 * message_stop → the usage chunk (with include_usage) and {@code [DONE]}; error → an OpenAI error object, then
 * {@code [DONE]}. ping, signature and citation deltas are dropped.
 */
final class AnthropicStreamToOpenAi implements StreamTranslator {
  private final SseParser parser = new SseParser();
  private final OpenAiChunks chunks;
  private final boolean includeUsage;
  private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();
  private Usage usage = Usage.NONE;
  private boolean finishSent;
  private boolean done;

  AnthropicStreamToOpenAi(String model, long created, boolean includeUsage) {
    this.chunks = new OpenAiChunks(model, created, includeUsage);
    this.includeUsage = includeUsage;
  }

  @Override
  public Buffer feed(Buffer chunk) {
    return handle(parser.feed(chunk));
  }

  @Override
  public Buffer finish() {
    Buffer out = handle(parser.finish());
    if (!done) {
      end(out);
    }
    return out;
  }

  private Buffer handle(List<SseEvent> events) {
    Buffer out = Buffer.buffer();
    for (SseEvent event : events) {
      if (!done) {
        ObjectNode data = Nodes.objectOrNull(event.data());
        if (data != null) {
          on(data, out);
        }
      }
    }
    return out;
  }

  private void on(ObjectNode data, Buffer out) {
    switch (data.path("type").asText()) {
      case "message_start" -> start(data.path("message"), out);
      case "content_block_start" -> blockStart(data.path("index").asInt(), data.path("content_block"), out);
      case "content_block_delta" -> blockDelta(data.path("index").asInt(), data.path("delta"), out);
      case "message_delta" -> messageDelta(data, out);
      case "message_stop" -> end(out);
      case "error" -> error(data.path("error"), out);
      default -> { }
    }
  }

  private void start(JsonNode message, Buffer out) {
    chunks.identify(Nodes.text(message, "id"), Nodes.text(message, "model"));
    usage = Usage.fromAnthropic(message.get("usage"), usage);
    ObjectNode delta = Json.object();
    delta.put("role", "assistant");
    delta.put("content", "");
    emit(delta, out);
  }

  private void blockStart(int index, JsonNode block, Buffer out) {
    String type = block.path("type").asText();
    if ("text".equals(type) && !block.path("text").asText().isEmpty()) {
      emit(field("content", block.path("text").asText()), out);
    } else if ("tool_use".equals(type)) {
      int toolIndex = toolIndexByBlock.size();
      toolIndexByBlock.put(index, toolIndex);
      ObjectNode call = Json.object();
      call.put("index", toolIndex);
      call.put("id", block.path("id").asText());
      call.put("type", "function");
      ObjectNode function = call.putObject("function");
      function.put("name", block.path("name").asText());
      JsonNode input = block.path("input");
      function.put("arguments", input.isObject() && !input.isEmpty() ? Json.write(input) : "");
      emitToolCall(call, out);
    }
  }

  private void blockDelta(int index, JsonNode delta, Buffer out) {
    switch (delta.path("type").asText()) {
      case "text_delta" -> emit(field("content", delta.path("text").asText()), out);
      case "thinking_delta" -> emit(field("reasoning_content", delta.path("thinking").asText()), out);
      case "input_json_delta" -> arguments(index, delta.path("partial_json").asText(), out);
      default -> { }
    }
  }

  private void arguments(int blockIndex, String fragment, Buffer out) {
    Integer toolIndex = toolIndexByBlock.get(blockIndex);
    if (toolIndex == null || fragment.isEmpty()) {
      return;
    }
    ObjectNode call = Json.object();
    call.put("index", toolIndex);
    call.putObject("function").put("arguments", fragment);
    emitToolCall(call, out);
  }

  private void messageDelta(ObjectNode data, Buffer out) {
    usage = Usage.fromAnthropic(data.get("usage"), usage);
    String reason = StopReasons.toOpenAi(Nodes.text(data.path("delta"), "stop_reason"));
    if (reason != null && !finishSent) {
      finishSent = true;
      out.appendBuffer(Nodes.data(chunks.delta(Json.object(), reason)));
    }
  }

  private void error(JsonNode error, Buffer out) {
    out.appendBuffer(Nodes.data(AnthropicErrors.fromAnthropicError(error)));
    out.appendString("data: [DONE]\n\n");
    done = true;
  }

  private void end(Buffer out) {
    if (includeUsage) {
      out.appendBuffer(Nodes.data(chunks.usage(usage)));
    }
    out.appendString("data: [DONE]\n\n");
    done = true;
  }

  private void emitToolCall(ObjectNode call, Buffer out) {
    ObjectNode delta = Json.object();
    delta.putArray("tool_calls").add(call);
    emit(delta, out);
  }

  private void emit(ObjectNode delta, Buffer out) {
    out.appendBuffer(Nodes.data(chunks.delta(delta, null)));
  }

  private static ObjectNode field(String name, String value) {
    ObjectNode delta = Json.object();
    delta.put(name, value);
    return delta;
  }
}
