package io.switchboard.translate.cohere;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.ChatTranslator;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.function.Supplier;

/** OpenAI chat ↔ Cohere v2 chat ({@code /v2/chat}, {@code stream: true} for SSE). */
public final class OpenAiToCohereChatTranslator implements ChatTranslator {
  private final Supplier<Stamp> stamps;

  public OpenAiToCohereChatTranslator() {
    this(Stamp::random);
  }

  /** With chosen completion stamps (tests use fixed ones). */
  public OpenAiToCohereChatTranslator(Supplier<Stamp> stamps) {
    this.stamps = stamps;
  }

  @Override
  public UpstreamRequest toUpstream(ObjectNode openAiRequest, String model) {
    boolean stream = openAiRequest.path("stream").asBoolean(false);
    return new UpstreamRequest("/v2/chat", CohereRequest.body(openAiRequest, model), Map.of(), stream);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode upstreamResponse, String model) {
    return CohereResponse.completion(upstreamResponse, model, stamps.get());
  }

  @Override
  public StreamTranslator newStream(String model, boolean includeUsage) {
    return new CohereStream(new ChunkWriter(stamps.get(), model, includeUsage));
  }

  @Override
  public ObjectNode toOpenAiError(int status, Buffer upstreamBody) {
    return CohereResponse.error(status, upstreamBody);
  }
}
