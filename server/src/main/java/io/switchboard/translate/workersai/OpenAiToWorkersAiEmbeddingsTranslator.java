package io.switchboard.translate.workersai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.EmbeddingsTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.Embeds;
import java.util.Map;

/** OpenAI embeddings ↔ Workers AI {@code @cf/baai/bge-*}: {@code {"text":[...]}} → {@code result.data}; no token counts. */
public final class OpenAiToWorkersAiEmbeddingsTranslator implements EmbeddingsTranslator {
  @Override
  public UpstreamRequest toUpstream(ObjectNode request, String model) {
    ArrayNode texts = Json.array();
    Embeds.inputs(request).forEach(texts::add);
    ObjectNode body = Json.object();
    body.set("text", texts);
    return new UpstreamRequest("/run/" + model, body, Map.of(), false);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode response, String model, String encodingFormat) {
    return Embeds.list(Embeds.vectors(response.path("result").path("data")), model, encodingFormat, 0);
  }
}
