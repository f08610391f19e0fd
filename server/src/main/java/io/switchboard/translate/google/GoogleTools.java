package io.switchboard.translate.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.kit.Req;
import java.util.List;

/** OpenAI {@code tools}/{@code tool_choice} → Gemini {@code tools[].functionDeclarations} and {@code toolConfig}. */
final class GoogleTools {
  private GoogleTools() {
  }

  static void apply(ObjectNode request, ObjectNode body) {
    List<ObjectNode> functions = Req.functions(request);
    if (!functions.isEmpty()) {
      ArrayNode declarations = Json.array();
      for (ObjectNode fn : functions) {
        ObjectNode decl = Json.object().put("name", fn.path("name").asText());
        if (fn.path("description").isTextual()) {
          decl.put("description", fn.path("description").asText());
        }
        if (fn.path("parameters").isObject()) {
          decl.set("parameters", GoogleSchema.clean(fn.path("parameters")));
        }
        declarations.add(decl);
      }
      body.set("tools", Json.array().add(Json.object().set("functionDeclarations", declarations)));
    }
    JsonNode choice = request.path("tool_choice");
    if (!choice.isMissingNode() && !choice.isNull()) {
      body.set("toolConfig", Json.object().set("functionCallingConfig", callingConfig(choice)));
    }
  }

  private static ObjectNode callingConfig(JsonNode choice) {
    if (choice.isTextual()) {
      String mode = switch (choice.asText()) {
        case "auto" -> "AUTO";
        case "none" -> "NONE";
        case "required" -> "ANY";
        default -> throw Req.bad("tool_choice", "must be auto, none, required or a function, got " + choice.asText());
      };
      return Json.object().put("mode", mode);
    }
    JsonNode name = choice.path("function").path("name");
    if (!name.isTextual()) {
      throw Req.bad("tool_choice.function.name", "must name a function");
    }
    ObjectNode config = Json.object().put("mode", "ANY");
    config.set("allowedFunctionNames", Json.array().add(name.asText()));
    return config;
  }
}
