package io.switchboard.translate.workersai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.ChatTranslator;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.function.Supplier;

/** OpenAI chat ↔ Workers AI native text generation ({@code /run/{model}}, model like {@code @cf/meta/llama-3.1-8b-instruct}). */
public final class OpenAiToWorkersAiChatTranslator implements ChatTranslator {
  private final Supplier<Stamp> stamps;

  public OpenAiToWorkersAiChatTranslator() {
    this(Stamp::random);
  }

  /** With chosen completion stamps (tests use fixed ones). */
  public OpenAiToWorkersAiChatTranslator(Supplier<Stamp> stamps) {
    this.stamps = stamps;
  }

  @Override
  public UpstreamRequest toUpstream(ObjectNode openAiRequest, String model) {
    boolean stream = openAiRequest.path("stream").asBoolean(false);
    return new UpstreamRequest("/run/" + model, WorkersAiRequest.body(openAiRequest), Map.of(), stream);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode upstreamResponse, String model) {
    return WorkersAiResponse.completion(upstreamResponse, model, stamps.get());
  }

  @Override
  public StreamTranslator newStream(String model, boolean includeUsage) {
    return new WorkersAiStream(new ChunkWriter(stamps.get(), model, includeUsage));
  }

  @Override
  public ObjectNode toOpenAiError(int status, Buffer upstreamBody) {
    return WorkersAiResponse.error(status, upstreamBody);
  }
}
