package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.EmbeddingsTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.Embeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OpenAI embeddings ↔ Gemini {@code /v1beta/models/{model}:batchEmbedContents} (AI Studio): one request per input,
 * {@code dimensions} → {@code outputDimensionality}. Gemini reports no token counts, so usage is 0.
 */
public final class OpenAiToGoogleEmbeddingsTranslator implements EmbeddingsTranslator {
  @Override
  public UpstreamRequest toUpstream(ObjectNode request, String model) {
    ArrayNode requests = Json.array();
    for (String text : Embeds.inputs(request)) {
      ObjectNode one = Json.object().put("model", "models/" + model);
      ArrayNode parts = Json.array().add(Json.object().put("text", text));
      one.set("content", Json.object().set("parts", parts));
      if (request.path("dimensions").isNumber()) {
        one.set("outputDimensionality", request.path("dimensions"));
      }
      requests.add(one);
    }
    ObjectNode body = Json.object();
    body.set("requests", requests);
    return new UpstreamRequest("/v1beta/models/" + model + ":batchEmbedContents", body, Map.of(), false);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode response, String model, String encodingFormat) {
    List<JsonNode> vectors = new ArrayList<>();
    response.path("embeddings").forEach(e -> vectors.add(e.path("values")));
    return Embeds.list(vectors, model, encodingFormat, 0);
  }
}
