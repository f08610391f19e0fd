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
 * Front door: OpenAI chunk SSE to Anthropic Messages SSE. The first chunk opens the message (message_start);
 * reasoning_content, content and each tool call (by its {@code index}) open their own content block
 * (content_block_start), carry thinking_delta / text_delta / input_json_delta, and are closed when another kind
 * begins or the choice finishes; {@code [DONE]} (or the end of the stream) sends message_delta with the stop reason
 * and usage (OpenAI reports usage last, so message_start carries zeros) and message_stop. An error object in the
 * stream becomes an Anthropic {@code error} event. Arguments for a tool call whose block was already closed are
 * sent at that block's index.
 */
public final class OpenAiToAnthropicStream implements StreamTranslator {
  private final SseParser parser = new SseParser();
  private final String model;
  private final Map<Integer, Integer> blockByTool = new HashMap<>();
  private int nextBlock;
  private int openBlock = -1;
  private String openKind;
  private boolean started;
  private boolean done;
  private String finishReason;
  private Usage usage = Usage.NONE;

  /** {@code model} names the message until the upstream's first chunk names it. */
  public OpenAiToAnthropicStream(String model) {
    this.model = model;
  }

  @Override
  public Buffer feed(Buffer chunk) {
    return handle(parser.feed(chunk));
  }

  @Override
  public Buffer finish() {
    Buffer out = handle(parser.finish());
    if (!done) {
      complete(out);
    }
    return out;
  }

  private Buffer handle(List<SseEvent> events) {
    Buffer out = Buffer.buffer();
    for (SseEvent event : events) {
      if (done) {
        break;
      }
      if (event.data().trim().equals("[DONE]")) {
        complete(out);
      } else {
        ObjectNode chunk = Nodes.objectOrNull(event.data());
        if (chunk != null) {
          onChunk(chunk, out);
        }
      }
    }
    return out;
  }

  private void onChunk(ObjectNode chunk, Buffer out) {
    JsonNode error = chunk.get("error");
    if (error != null && error.isObject()) {
      String message = Nodes.text(error, "message");
      out.appendBuffer(Nodes.event("error", OpenAiToAnthropicError.of("api_error", message == null ? "" : message)));
      done = true;
      return;
    }
    start(chunk, out);
    if (chunk.get("usage") != null && chunk.get("usage").isObject()) {
      usage = Usage.fromOpenAi(chunk.get("usage"));
    }
    JsonNode choice = chunk.path("choices").path(0);
    JsonNode delta = choice.path("delta");
    String reasoning = Nodes.text(delta, "reasoning_content");
    if (reasoning != null && !reasoning.isEmpty()) {
      textual("thinking", "thinking_delta", "thinking", reasoning, out);
    }
    String content = Nodes.text(delta, "content");
    if (content != null && !content.isEmpty()) {
      textual("text", "text_delta", "text", content, out);
    }
    int position = 0;
    for (JsonNode call : delta.path("tool_calls")) {
      toolCall(call, call.path("index").asInt(position++), out);
    }
    if (Nodes.text(choice, "finish_reason") != null) {
      finishReason = Nodes.text(choice, "finish_reason");
      close(out);
    }
  }

  private void start(JsonNode chunk, Buffer out) {
    if (started) {
      return;
    }
    started = true;
    ObjectNode message = Json.object();
    message.put("id", chunk.path("id").asText(""));
    message.put("type", "message");
    message.put("role", "assistant");
    message.put("model", chunk.path("model").asText(model));
    message.putArray("content");
    message.putNull("stop_reason");
    message.putNull("stop_sequence");
    message.set("usage", Usage.NONE.toAnthropic());
    ObjectNode event = type("message_start");
    event.set("message", message);
    out.appendBuffer(Nodes.event("message_start", event));
  }

  private void textual(String kind, String deltaType, String field, String value, Buffer out) {
    if (!kind.equals(openKind)) {
      ObjectNode block = Json.object();
      block.put("type", kind);
      block.put(field, "");
      open(kind, block, out);
    }
    ObjectNode delta = Json.object();
    delta.put("type", deltaType);
    delta.put(field, value);
    blockDelta(openBlock, delta, out);
  }

  private void toolCall(JsonNode call, int toolIndex, Buffer out) {
    if (!blockByTool.containsKey(toolIndex)) {
      ObjectNode block = Json.object();
      block.put("type", "tool_use");
      block.put("id", call.path("id").asText("call_" + toolIndex));
      block.put("name", call.path("function").path("name").asText(""));
      block.putObject("input");
      open("tool_use", block, out);
      blockByTool.put(toolIndex, openBlock);
    }
    String fragment = Nodes.text(call.path("function"), "arguments");
    if (fragment != null && !fragment.isEmpty()) {
      ObjectNode delta = Json.object();
      delta.put("type", "input_json_delta");
      delta.put("partial_json", fragment);
      blockDelta(blockByTool.get(toolIndex), delta, out);
    }
  }

  private void open(String kind, ObjectNode block, Buffer out) {
    close(out);
    openBlock = nextBlock++;
    openKind = kind;
    ObjectNode event = type("content_block_start");
    event.put("index", openBlock);
    event.set("content_block", block);
    out.appendBuffer(Nodes.event("content_block_start", event));
  }

  private void blockDelta(int index, ObjectNode delta, Buffer out) {
    ObjectNode event = type("content_block_delta");
    event.put("index", index);
    event.set("delta", delta);
    out.appendBuffer(Nodes.event("content_block_delta", event));
  }

  private void close(Buffer out) {
    if (openKind == null) {
      return;
    }
    ObjectNode event = type("content_block_stop");
    event.put("index", openBlock);
    out.appendBuffer(Nodes.event("content_block_stop", event));
    openKind = null;
  }

  private void complete(Buffer out) {
    start(Json.object(), out);
    close(out);
    ObjectNode event = type("message_delta");
    ObjectNode delta = event.putObject("delta");
    delta.put("stop_reason", StopReasons.toAnthropic(finishReason));
    delta.putNull("stop_sequence");
    event.set("usage", usage.toAnthropic());
    out.appendBuffer(Nodes.event("message_delta", event));
    out.appendBuffer(Nodes.event("message_stop", type("message_stop")));
    done = true;
  }

  private static ObjectNode type(String type) {
    ObjectNode node = Json.object();
    node.put("type", type);
    return node;
  }
}
