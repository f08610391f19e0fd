package io.switchboard.translate.cohere;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.EmbeddingsTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.Embeds;
import java.util.Map;

/**
 * OpenAI embeddings ↔ Cohere {@code /v2/embed}: {@code texts}, {@code input_type: search_document},
 * {@code embedding_types: ["float"]}, {@code dimensions} → {@code output_dimension}; usage from billed input tokens.
 */
public final class OpenAiToCohereEmbeddingsTranslator implements EmbeddingsTranslator {
  @Override
  public UpstreamRequest toUpstream(ObjectNode request, String model) {
    ArrayNode texts = Json.array();
    Embeds.inputs(request).forEach(texts::add);
    ObjectNode body = Json.object().put("model", model);
    body.set("texts", texts);
    body.put("input_type", "search_document");
    body.set("embedding_types", Json.array().add("float"));
    if (request.path("dimensions").isNumber()) {
      body.set("output_dimension", request.path("dimensions"));
    }
    return new UpstreamRequest("/v2/embed", body, Map.of(), false);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode response, String model, String encodingFormat) {
    long tokens = response.path("meta").path("billed_units").path("input_tokens").asLong(0);
    return Embeds.list(Embeds.vectors(response.path("embeddings").path("float")), model, encodingFormat, tokens);
  }
}
