package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Req;
import java.util.List;

/** OpenAI sampling, output-format and reasoning parameters → Gemini {@code generationConfig}. */
final class GoogleConfig {
  private GoogleConfig() {
  }

  static ObjectNode generationConfig(ObjectNode request) {
    ObjectNode config = Json.object();
    Req.copyNumber(request, "temperature", config, "temperature");
    Req.copyNumber(request, "top_p", config, "topP");
    Req.copyNumber(request, "seed", config, "seed");
    Req.copyNumber(request, "n", config, "candidateCount");
    Req.copyNumber(request, "presence_penalty", config, "presencePenalty");
    Req.copyNumber(request, "frequency_penalty", config, "frequencyPenalty");
    JsonNode max = Req.maxTokens(request);
    if (max.isNumber()) {
      config.set("maxOutputTokens", max);
    }
    List<String> stop = Req.stop(request);
    if (!stop.isEmpty()) {
      ArrayNode sequences = Json.array();
      stop.forEach(sequences::add);
      config.set("stopSequences", sequences);
    }
    responseFormat(request.path("response_format"), config);
    thinking(request.path("reasoning_effort"), config);
    return config;
  }

  private static void responseFormat(JsonNode format, ObjectNode config) {
    String type = format.path("type").asText("text");
    switch (type) {
      case "text" -> { }
      case "json_object" -> config.put("responseMimeType", "application/json");
      case "json_schema" -> {
        config.put("responseMimeType", "application/json");
        config.set("responseSchema", GoogleSchema.clean(Req.jsonSchema(format)));
      }
      default -> throw Req.bad("response_format.type", "must be text, json_object or json_schema, got " + type);
    }
  }

  /** reasoning_effort → thinkingBudget: none/minimal 0, low 1024, medium 8192, high 24576 (thoughts included). */
  private static void thinking(JsonNode effort, ObjectNode config) {
    if (effort.isMissingNode() || effort.isNull()) {
      return;
    }
    int budget = switch (effort.asText()) {
      case "none", "minimal" -> 0;
      case "low" -> 1024;
      case "medium" -> 8192;
      case "high" -> 24576;
      default -> throw Req.bad("reasoning_effort", "must be none, minimal, low, medium or high");
    };
    ObjectNode thinking = Json.object().put("thinkingBudget", budget);
    if (budget > 0) {
      thinking.put("includeThoughts", true);
    }
    config.set("thinkingConfig", thinking);
  }
}
