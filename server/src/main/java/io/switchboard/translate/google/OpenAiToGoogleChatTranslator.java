package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.ChatTranslator;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.ChunkWriter;
import io.switchboard.translate.kit.Stamp;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.function.Supplier;

/**
 * OpenAI chat ↔ Gemini {@code generateContent}. The no-argument constructor targets AI Studio
 * ({@code /v1beta/models/{model}:generateContent}); {@link #OpenAiToGoogleChatTranslator(String, String)} targets
 * Vertex AI ({@code /v1/projects/{project}/locations/{region}/publishers/google/models/{model}:generateContent}).
 * Streams use {@code :streamGenerateContent?alt=sse}.
 */
public final class OpenAiToGoogleChatTranslator implements ChatTranslator {
  private final String modelsPath;
  private final Supplier<Stamp> stamps;

  /** Google AI Studio (Gemini API). */
  public OpenAiToGoogleChatTranslator() {
    this("/v1beta/models/", Stamp::random);
  }

  /** Vertex AI for the given project and region (for example {@code us-central1}). */
  public OpenAiToGoogleChatTranslator(String project, String region) {
    this(vertexModelsPath(project, region), Stamp::random);
  }

  /** With a chosen base path and completion stamps (tests use fixed ones). */
  public OpenAiToGoogleChatTranslator(String modelsPath, Supplier<Stamp> stamps) {
    this.modelsPath = modelsPath;
    this.stamps = stamps;
  }

  /** The Vertex AI models path for a project and region. */
  public static String vertexModelsPath(String project, String region) {
    return "/v1/projects/" + project + "/locations/" + region + "/publishers/google/models/";
  }

  @Override
  public UpstreamRequest toUpstream(ObjectNode openAiRequest, String model) {
    boolean stream = openAiRequest.path("stream").asBoolean(false);
    String method = stream ? ":streamGenerateContent?alt=sse" : ":generateContent";
    return new UpstreamRequest(modelsPath + model + method, GoogleRequest.body(openAiRequest), Map.of(), stream);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode upstreamResponse, String model) {
    return GoogleResponse.completion(upstreamResponse, model, stamps.get());
  }

  @Override
  public StreamTranslator newStream(String model, boolean includeUsage) {
    return new GoogleStream(new ChunkWriter(stamps.get(), model, includeUsage));
  }

  @Override
  public ObjectNode toOpenAiError(int status, Buffer upstreamBody) {
    return GoogleResponse.error(status, upstreamBody);
  }
}
