package io.switchboard.translate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Translates one OpenAI-schema chat request/response pair to and from one provider's native API. Pure, no I/O; per call. */
public interface ChatTranslator {
  UpstreamRequest toUpstream(ObjectNode openAiRequest, String model);   // model = without provider prefix; may throw GatewayException(ErrorCode.BAD_CHAT_FORMAT or VALIDATION) naming the bad field

  ObjectNode toOpenAi(ObjectNode upstreamResponse, String model);        // non-streamed response -> OpenAI chat.completion

  StreamTranslator newStream(String model, boolean includeUsage);        // upstream stream bytes -> OpenAI SSE bytes ("data: {...}\n\n" ... "data: [DONE]\n\n")

  ObjectNode toOpenAiError(int status, io.vertx.core.buffer.Buffer upstreamBody); // any upstream error (JSON or not) -> OpenAI {"error":{"message","type","param","code"}}
}
