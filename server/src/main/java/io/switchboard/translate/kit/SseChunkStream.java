package io.switchboard.translate.kit;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.SseParser;
import io.switchboard.translate.StreamTranslator;
import io.vertx.core.buffer.Buffer;

/**
 * The common frame of a provider-SSE → OpenAI-chunk stream translator: parses SSE incrementally, hands
 * each event whose data is a JSON object to {@link #onEvent}, and returns whatever the {@link ChunkWriter}
 * has ready. Subclasses only say what an event means.
 */
public abstract class SseChunkStream implements StreamTranslator {
  private final SseParser parser = new SseParser();
  protected final ChunkWriter writer;

  protected SseChunkStream(ChunkWriter writer) {
    this.writer = writer;
  }

  @Override
  public final Buffer feed(Buffer chunk) {
    handle(parser.feed(chunk));
    return writer.take();
  }

  @Override
  public final Buffer finish() {
    handle(parser.finish());
    onEnd();
    return writer.finish();
  }

  private void handle(java.util.List<SseEvent> events) {
    for (SseEvent event : events) {
      JsonNode node = Req.tryParse(event.data());
      if (node != null && node.isObject()) {
        onEvent(event, node);
      }
    }
  }

  /** One event whose data is a JSON object. */
  protected abstract void onEvent(SseEvent event, JsonNode node);

  /** Called once after the last event, before the writer's final chunks. */
  protected void onEnd() {
  }
}
