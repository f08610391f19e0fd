package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.translate.EmbeddingsTranslator;
import io.switchboard.translate.UpstreamRequest;
import io.switchboard.translate.kit.Embeds;
import java.util.List;
import java.util.Map;

/**
 * OpenAI embeddings ↔ Bedrock InvokeModel ({@code /model/{modelId}/invoke}) for Amazon Titan text embeddings
 * ({@code amazon.titan-embed-*}: one {@code inputText} per call, {@code dimensions} passed on) and Cohere
 * ({@code cohere.embed-*}: {@code texts}, {@code input_type: search_document}).
 */
public final class OpenAiToBedrockEmbeddingsTranslator implements EmbeddingsTranslator {
  @Override
  public UpstreamRequest toUpstream(ObjectNode request, String model) {
    List<String> inputs = Embeds.inputs(request);
    ObjectNode body = Json.object();
    if (isCohere(model)) {
      ArrayNode texts = Json.array();
      inputs.forEach(texts::add);
      body.set("texts", texts);
      body.put("input_type", "search_document");
    } else {
      if (inputs.size() != 1) {
        throw GatewayException.invalid("input", "Titan embeds one text per request; send a single string");
      }
      body.put("inputText", inputs.get(0));
      if (request.path("dimensions").isNumber()) {
        body.set("dimensions", request.path("dimensions"));
      }
    }
    String path = "/model/" + OpenAiToBedrockConverseTranslator.segment(model) + "/invoke";
    return new UpstreamRequest(path, body, Map.of(), false);
  }

  @Override
  public ObjectNode toOpenAi(ObjectNode response, String model, String encodingFormat) {
    if (isCohere(model)) {
      JsonNode embeddings = response.path("embeddings");
      JsonNode floats = embeddings.isObject() ? embeddings.path("float") : embeddings;
      return Embeds.list(Embeds.vectors(floats), model, encodingFormat, 0);
    }
    long tokens = response.path("inputTextTokenCount").asLong(0);
    return Embeds.list(List.of(response.path("embedding")), model, encodingFormat, tokens);
  }

  private static boolean isCohere(String model) {
    return model.startsWith("cohere.") || model.contains(".cohere.");
  }
}
