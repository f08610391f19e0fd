package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.ChatTranslator;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.Req;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * OpenAI chat ↔ Bedrock Converse ({@code /model/{modelId}/converse}) and ConverseStream
 * ({@code /model/{modelId}/converse-stream}). The model id is percent-encoded as one path segment (so
 * {@code anthropic.claude-3-haiku-20240307-v1:0} becomes {@code ...-v1%3A0} and ARNs stay one segment).
 */
public final class OpenAiToBedrockConverseTranslator implements ChatTranslator {
  private final Supplier<Stamp> stamps;

  public OpenAiToBedrockConverseTranslator() {
    this(Stamp::random);
  }

  /** With chosen completion stamps (tests use fixed ones). */
  public OpenAiToBedrockConverseTranslator(Supplier<Stamp> stamps) {
    this.stamps = stamps;
  }

  /** A model id or ARN as one URL path segment. */
  public static String segment(String modelId) {
    return URLEncoder.encode(modelId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public UpstreamRequest toUpstream(ObjectNode openAiRequest, String model) {
    boolean stream = openAiRequest.path("stream").asBoolean(false);
    BedrockMessages messages = BedrockMessages.of(Req.messages(openAiRequest));
    ObjectNode body = Json.object();
    body.set("messages", messages.messages);
    if (!messages.system.isEmpty()) {
      body.set("system", messages.system);
    }
    BedrockConfig.apply(openAiRequest, body);
    String path = "/model/" + segment(model) + (stream ? "/converse-stream" : "/converse");
    return new UpstreamRequest(path, body, Map.of(), stream);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode upstreamResponse, String model) {
    return BedrockResponse.completion(upstreamResponse, model, stamps.get());
  }

  @Override
  public StreamTranslator newStream(String model, boolean includeUsage) {
    return new BedrockStream(new ChunkWriter(stamps.get(), model, includeUsage));
  }

  @Override
  public ObjectNode toOpenAiError(int status, Buffer upstreamBody) {
    return BedrockResponse.error(status, upstreamBody);
  }
}
