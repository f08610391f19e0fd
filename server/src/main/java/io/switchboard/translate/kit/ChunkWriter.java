package io.switchboard.translate.kit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an OpenAI {@code chat.completion.chunk} stream. The first delta of a choice carries
 * {@code role: "assistant"}; finish reasons and usage are remembered and written by {@link #finish()}, followed by
 * the usage chunk (only when the client asked for it, with {@code usage: null} on every other chunk) and
 * {@code [DONE]}. A stream that ended on an error event gets no invented finish chunk. Output accumulates until {@link #take()}.
 */
public final class ChunkWriter {
  private final Stamp stamp;
  private final String model;
  private final boolean includeUsage;
  private final Map<Integer, Integer> toolCounts = new TreeMap<>();
  private final Map<Integer, String> finishReasons = new TreeMap<>();
  private final Map<Integer, Boolean> started = new TreeMap<>();
  private ObjectNode usage;
  private boolean errored;
  private Buffer out = Buffer.buffer();

  public ChunkWriter(Stamp stamp, String model, boolean includeUsage) {
    this.stamp = stamp;
    this.model = model;
    this.includeUsage = includeUsage;
  }

  public void text(int choice, String text) {
    if (!text.isEmpty()) {
      emit(choice, delta(choice).put("content", text), null);
    }
  }

  public void reasoning(int choice, String text) {
    if (!text.isEmpty()) {
      emit(choice, delta(choice).put("reasoning_content", text), null);
    }
  }

  /** Starts a tool call (with its first arguments, possibly ""); returns its OpenAI index within the choice. */
  public int toolCall(int choice, String id, String name, String arguments) {
    int index = toolCounts.merge(choice, 1, Integer::sum) - 1;
    ObjectNode call = Json.object().put("index", index).put("id", id).put("type", "function");
    call.set("function", Json.object().put("name", name).put("arguments", arguments));
    emitToolCall(choice, call);
    return index;
  }

  /** Appends an argument fragment to a started tool call. */
  public void toolArguments(int choice, int index, String fragment) {
    if (!fragment.isEmpty()) {
      ObjectNode call = Json.object().put("index", index);
      call.set("function", Json.object().put("arguments", fragment));
      emitToolCall(choice, call);
    }
  }

  /** Whether the choice has started any tool call. */
  public boolean hasToolCalls(int choice) {
    return toolCounts.containsKey(choice);
  }

  public void finishReason(int choice, String reason) {
    finishReasons.put(choice, reason);
  }

  public void usage(ObjectNode usage) {
    this.usage = usage;
  }

  /** Writes an OpenAI error object as one event (an upstream error in the middle of a stream). */
  public void error(ObjectNode error) {
    errored = true;
    write(error);
  }

  /** Writes the finish chunks, the usage chunk when asked for, and {@code [DONE]}; returns everything pending. */
  public Buffer finish() {
    if (finishReasons.isEmpty() && !errored) {
      finishReasons.put(0, "stop");
    }
    finishReasons.forEach((choice, reason) -> emit(choice, started.containsKey(choice) ? Json.object() : delta(choice), reason));
    if (includeUsage && usage != null) {
      ObjectNode chunk = chunk();
      chunk.set("choices", Json.array());
      chunk.set("usage", usage);
      write(chunk);
    }
    out.appendString("data: [DONE]\n\n");
    return take();
  }

  /** Returns what was written since the last call. */
  public Buffer take() {
    Buffer taken = out;
    out = Buffer.buffer();
    return taken;
  }

  private void emitToolCall(int choice, ObjectNode call) {
    ObjectNode delta = delta(choice);
    ArrayNode calls = Json.array().add(call);
    delta.set("tool_calls", calls);
    emit(choice, delta, null);
  }

  private ObjectNode delta(int choice) {
    ObjectNode delta = Json.object();
    if (started.put(choice, true) == null) {
      delta.put("role", "assistant");
      if (finishReasons.containsKey(choice) && !toolCounts.containsKey(choice)) {
        delta.put("content", "");
      }
    }
    return delta;
  }

  private void emit(int choice, ObjectNode delta, String finishReason) {
    ObjectNode c = Json.object().put("index", choice);
    c.set("delta", delta);
    c.putNull("logprobs");
    if (finishReason == null) {
      c.putNull("finish_reason");
    } else {
      c.put("finish_reason", finishReason);
    }
    ObjectNode chunk = chunk();
    chunk.set("choices", Json.array().add(c));
    if (includeUsage) {
      chunk.putNull("usage");
    }
    write(chunk);
  }

  private ObjectNode chunk() {
    ObjectNode chunk = Json.object();
    chunk.put("id", stamp.id());
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", stamp.created());
    chunk.put("model", model);
    return chunk;
  }

  private void write(ObjectNode node) {
    out.appendString("data: ").appendString(Json.write(node), StandardCharsets.UTF_8.name()).appendString("\n\n");
  }
}
