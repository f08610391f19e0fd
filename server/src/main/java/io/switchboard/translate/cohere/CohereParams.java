package io.switchboard.translate.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Req;
import java.util.List;

/** OpenAI tools, tool_choice, response_format, sampling and reasoning parameters → Cohere v2 chat fields. */
final class CohereParams {
  private CohereParams() {
  }

  static void apply(ObjectNode request, ObjectNode body) {
    JsonNode n = request.path("n");
    if (n.isNumber() && n.asInt() != 1) {
      throw Req.bad("n", "Cohere returns exactly one choice");
    }
    tools(request, body);
    responseFormat(request.path("response_format"), body);
    Req.copyNumber(request, "temperature", body, "temperature");
    Req.copyNumber(request, "top_p", body, "p");
    Req.copyNumber(request, "seed", body, "seed");
    Req.copyNumber(request, "frequency_penalty", body, "frequency_penalty");
    Req.copyNumber(request, "presence_penalty", body, "presence_penalty");
    JsonNode max = Req.maxTokens(request);
    if (max.isNumber()) {
      body.set("max_tokens", max);
    }
    List<String> stop = Req.stop(request);
    if (!stop.isEmpty()) {
      ArrayNode sequences = Json.array();
      stop.forEach(sequences::add);
      body.set("stop_sequences", sequences);
    }
    thinking(request.path("reasoning_effort"), body);
  }

  /** A named tool_choice keeps only that tool and makes a call REQUIRED (Cohere cannot force one tool by name). */
  private static void tools(ObjectNode request, ObjectNode body) {
    List<ObjectNode> functions = Req.functions(request);
    JsonNode choice = request.path("tool_choice");
    String only = choice.isObject() ? choice.path("function").path("name").asText() : null;
    ArrayNode tools = Json.array();
    for (ObjectNode fn : functions) {
      if (only == null || only.equals(fn.path("name").asText())) {
        ObjectNode copy = Json.object().put("name", fn.path("name").asText());
        if (fn.path("description").isTextual()) {
          copy.put("description", fn.path("description").asText());
        }
        copy.set("parameters", fn.path("parameters").isObject() ? fn.path("parameters") : Json.object().put("type", "object"));
        tools.add(Json.object().put("type", "function").set("function", copy));
      }
    }
    if (!tools.isEmpty()) {
      body.set("tools", tools);
    }
    if (choice.isTextual()) {
      switch (choice.asText()) {
        case "required" -> body.put("tool_choice", "REQUIRED");
        case "none" -> body.put("tool_choice", "NONE");
        case "auto" -> { }
        default -> throw Req.bad("tool_choice", "must be auto, none, required or a function");
      }
    } else if (only != null) {
      if (tools.isEmpty()) {
        throw Req.bad("tool_choice.function.name", "names no tool in tools: " + only);
      }
      body.put("tool_choice", "REQUIRED");
    }
  }

  private static void responseFormat(JsonNode format, ObjectNode body) {
    String type = format.path("type").asText("text");
    switch (type) {
      case "text" -> { }
      case "json_object" -> body.set("response_format", Json.object().put("type", "json_object"));
      case "json_schema" -> {
        ObjectNode out = Json.object().put("type", "json_object");
        out.set("json_schema", Req.jsonSchema(format));
        body.set("response_format", out);
      }
      default -> throw Req.bad("response_format.type", "must be text, json_object or json_schema, got " + type);
    }
  }

  /** reasoning_effort → thinking: none/minimal disabled; low/medium/high enabled with 1024/4096/16384 tokens. */
  private static void thinking(JsonNode effort, ObjectNode body) {
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
    ObjectNode thinking = Json.object().put("type", budget == 0 ? "disabled" : "enabled");
    if (budget > 0) {
      thinking.put("token_budget", budget);
    }
    body.set("thinking", thinking);
  }
}
