package io.switchboard.translate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;

/** Translates one OpenAI-schema chat request/response pair to and from one provider's native API. Pure, no I/O; per call. */
public interface ChatTranslator {
  /**
   * Builds the provider request. {@code model} is the model without its provider prefix. Throws
   * {@code GatewayException} ({@code BAD_CHAT_FORMAT} or {@code VALIDATION}) naming the bad field.
   */
  UpstreamRequest toUpstream(ObjectNode openAiRequest, String model);

  /** Non-streamed provider response to an OpenAI {@code chat.completion}. */
  ObjectNode toOpenAi(ObjectNode upstreamResponse, String model);

  /** Upstream stream bytes to OpenAI SSE bytes ({@code data: {...}\n\n} ... {@code data: [DONE]\n\n}). */
  StreamTranslator newStream(String model, boolean includeUsage);

  /** Any upstream error body (JSON or not) to OpenAI's {@code {"error":{"message","type","param","code"}}}. */
  ObjectNode toOpenAiError(int status, Buffer upstreamBody);
}
