package io.switchboard.translate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Translates an OpenAI embeddings request to one provider's native embeddings API and the answer back.
 * Pure, no I/O. {@code encodingFormat} is the client's {@code encoding_format}: {@code "base64"} (the OpenAI
 * SDKs' default) makes each embedding the base64 of its little-endian float32 values; anything else keeps floats.
 */
public interface EmbeddingsTranslator {
  UpstreamRequest toUpstream(ObjectNode openAiEmbeddingsRequest, String model);

  ObjectNode toOpenAi(ObjectNode upstreamResponse, String model, String encodingFormat);
}
