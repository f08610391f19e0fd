package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * OpenAI {@code tools}, {@code tool_choice} and {@code parallel_tool_calls} to Anthropic's {@code tools} and
 * {@code tool_choice}: auto→auto, none→none, required→any, a named function→tool, and
 * {@code parallel_tool_calls:false}→{@code disable_parallel_tool_use:true}.
 */
final class AnthropicTools {
  private AnthropicTools() {
  }

  /** Sets {@code tools} and {@code tool_choice} on {@code body}; without tools, tool choice is dropped. */
  static void apply(JsonNode request, ObjectNode body) {
    JsonNode tools = request.get("tools");
    if (tools == null || tools.isNull()) {
      return;
    }
    if (!tools.isArray()) {
      throw ChatFormat.bad("tools", "expected an array, got " + Json.kind(tools));
    }
    if (tools.isEmpty()) {
      return;
    }
    ArrayNode out = body.putArray("tools");
    for (int i = 0; i < tools.size(); i++) {
      out.add(tool(tools.get(i), "tools." + i));
    }
    ObjectNode choice = choice(request.get("tool_choice"));
    JsonNode parallel = request.get("parallel_tool_calls");
    if (parallel != null && parallel.isBoolean() && !parallel.asBoolean()) {
      if (choice == null) {
        choice = type("auto");
      }
      if (!"none".equals(Nodes.text(choice, "type"))) {
        choice.put("disable_parallel_tool_use", true);
      }
    }
    if (choice != null) {
      body.set("tool_choice", choice);
    }
  }

  private static ObjectNode tool(JsonNode tool, String path) {
    String type = Nodes.text(tool, "type");
    if (!"function".equals(type)) {
      throw ChatFormat.bad(path + ".type", "only function tools are supported, got '" + type + "'");
    }
    JsonNode function = tool.get("function");
    String name = Nodes.text(function, "name");
    if (name == null) {
      throw ChatFormat.bad(path + ".function.name", "a function tool needs a name");
    }
    ObjectNode out = Json.object();
    out.put("name", name);
    String description = Nodes.text(function, "description");
    if (description != null) {
      out.put("description", description);
    }
    JsonNode parameters = function.get("parameters");
    if (parameters != null && parameters.isObject()) {
      out.set("input_schema", parameters);
    } else {
      ObjectNode empty = out.putObject("input_schema");
      empty.put("type", "object");
      empty.putObject("properties");
    }
    return out;
  }

  private static ObjectNode choice(JsonNode choice) {
    if (choice == null || choice.isNull()) {
      return null;
    }
    if (choice.isTextual()) {
      return switch (choice.asText()) {
        case "auto" -> type("auto");
        case "none" -> type("none");
        case "required" -> type("any");
        default -> throw ChatFormat.bad("tool_choice", "expected auto, none, required or a function, got '"
            + choice.asText() + "'");
      };
    }
    String name = Nodes.text(choice.get("function"), "name");
    if (!"function".equals(Nodes.text(choice, "type")) || name == null) {
      throw ChatFormat.bad("tool_choice", "expected {\"type\":\"function\",\"function\":{\"name\":...}}");
    }
    ObjectNode out = type("tool");
    out.put("name", name);
    return out;
  }

  private static ObjectNode type(String type) {
    ObjectNode node = Json.object();
    node.put("type", type);
    return node;
  }
}
