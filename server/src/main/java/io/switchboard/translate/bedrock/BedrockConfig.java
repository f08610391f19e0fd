package io.switchboard.translate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Req;
import java.util.List;

/**
 * OpenAI parameters → Converse {@code inferenceConfig}, {@code toolConfig} and {@code additionalModelRequestFields}.
 * JSON output has no Converse switch: {@code response_format} json_object/json_schema becomes one forced tool named
 * {@link #JSON_TOOL} whose input schema is the wanted schema; its input comes back as the message content.
 */
final class BedrockConfig {
  static final String JSON_TOOL = "json_response";

  private BedrockConfig() {
  }

  static void apply(ObjectNode request, ObjectNode body) {
    JsonNode n = request.path("n");
    if (n.isNumber() && n.asInt() != 1) {
      throw Req.bad("n", "Bedrock Converse returns exactly one choice");
    }
    ObjectNode inference = Json.object();
    JsonNode max = Req.maxTokens(request);
    if (max.isNumber()) {
      inference.set("maxTokens", max);
    }
    Req.copyNumber(request, "temperature", inference, "temperature");
    Req.copyNumber(request, "top_p", inference, "topP");
    List<String> stop = Req.stop(request);
    if (!stop.isEmpty()) {
      ArrayNode sequences = Json.array();
      stop.forEach(sequences::add);
      inference.set("stopSequences", sequences);
    }
    if (!inference.isEmpty()) {
      body.set("inferenceConfig", inference);
    }
    ObjectNode tools = jsonMode(request);
    if (tools == null) {
      tools = tools(request);
    }
    if (tools != null) {
      body.set("toolConfig", tools);
    }
    reasoning(request.path("reasoning_effort"), body);
  }

  private static ObjectNode tools(ObjectNode request) {
    List<ObjectNode> functions = Req.functions(request);
    if (functions.isEmpty()) {
      return null;
    }
    ArrayNode specs = Json.array();
    for (ObjectNode fn : functions) {
      JsonNode params = fn.path("parameters").isObject() ? fn.path("parameters") : Json.object().put("type", "object");
      specs.add(spec(fn.path("name").asText(), fn.path("description").asText(""), params));
    }
    ObjectNode config = Json.object();
    config.set("tools", specs);
    JsonNode choice = request.path("tool_choice");
    if (choice.isTextual()) {
      switch (choice.asText()) {
        case "auto" -> config.set("toolChoice", Json.object().set("auto", Json.object()));
        case "required" -> config.set("toolChoice", Json.object().set("any", Json.object()));
        case "none" -> { }
        default -> throw Req.bad("tool_choice", "must be auto, none, required or a function");
      }
    } else if (choice.isObject()) {
      config.set("toolChoice", forced(choice.path("function").path("name").asText()));
    }
    return config;
  }

  private static ObjectNode jsonMode(ObjectNode request) {
    JsonNode format = request.path("response_format");
    String type = format.path("type").asText("text");
    if (type.equals("text")) {
      return null;
    }
    JsonNode schema = switch (type) {
      case "json_object" -> Json.object().put("type", "object");
      case "json_schema" -> Req.jsonSchema(format);
      default -> throw Req.bad("response_format.type", "must be text, json_object or json_schema, got " + type);
    };
    if (request.path("tools").size() > 0) {
      throw Req.bad("response_format", "cannot be combined with tools on Bedrock");
    }
    ObjectNode config = Json.object();
    config.set("tools", Json.array().add(spec(JSON_TOOL, "Respond with a JSON value matching this schema.", schema)));
    config.set("toolChoice", forced(JSON_TOOL));
    return config;
  }

  private static ObjectNode spec(String name, String description, JsonNode schema) {
    ObjectNode spec = Json.object().put("name", name);
    if (!description.isEmpty()) {
      spec.put("description", description);
    }
    spec.set("inputSchema", Json.object().set("json", schema));
    return Json.object().set("toolSpec", spec);
  }

  private static ObjectNode forced(String name) {
    return Json.object().set("tool", Json.object().put("name", name));
  }

  /** reasoning_effort → Anthropic-style {@code thinking} budget: low 1024, medium 4096, high 16384 tokens. */
  private static void reasoning(JsonNode effort, ObjectNode body) {
    if (effort.isMissingNode() || effort.isNull()) {
      return;
    }
    int budget = switch (effort.asText()) {
      case "none", "minimal" -> 0;
      case "low" -> 1024;
      case "medium" -> 4096;
      case "high" -> 16384;
      default -> throw Req.bad("reasoning_effort", "must be none, minimal, low, medium or high");
    };
    if (budget > 0) {
      ObjectNode thinking = Json.object().put("type", "enabled").put("budget_tokens", budget);
      body.set("additionalModelRequestFields", Json.object().set("thinking", thinking));
    }
  }
}
