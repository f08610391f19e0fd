package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.ChatTranslator;
import io.switchboard.translate.StreamTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.vertx.core.buffer.Buffer;
import java.time.Clock;
import java.util.Map;

/**
 * OpenAI Chat Completions to Anthropic Messages ({@code POST /v1/messages}, header {@code anthropic-version:
 * 2023-06-01}) and back. Pure: the clock only stamps {@code created}. docs/translation-anthropic.md has the table.
 */
public final class OpenAiToAnthropicChatTranslator implements ChatTranslator {
  /** The Messages API endpoint, relative to the provider base. */
  public static final String PATH = "/v1/messages";
  /** The API version every request names. */
  public static final String VERSION = "2023-06-01";

  private final Clock clock;

  public OpenAiToAnthropicChatTranslator() {
    this(Clock.systemUTC());
  }

  public OpenAiToAnthropicChatTranslator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpstreamRequest toUpstream(ObjectNode openAiRequest, String model) {
    ObjectNode body = AnthropicRequest.build(openAiRequest, model);
    boolean stream = body.path("stream").asBoolean(false);
    return new UpstreamRequest(PATH, body, Map.of("anthropic-version", VERSION), stream);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode upstreamResponse, String model) {
    return AnthropicResponse.toOpenAi(upstreamResponse, model, now());
  }

  @Override
  public StreamTranslator newStream(String model, boolean includeUsage) {
    return new AnthropicStreamToOpenAi(model, now(), includeUsage);
  }

  @Override
  public ObjectNode toOpenAiError(int status, Buffer upstreamBody) {
    return AnthropicErrors.toOpenAi(status, upstreamBody);
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
