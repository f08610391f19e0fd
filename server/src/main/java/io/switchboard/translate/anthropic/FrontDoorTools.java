package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Front door: Anthropic {@code tools} / {@code tool_choice} to OpenAI's. auto→auto, any→required, tool→a named
 * function, none→none; {@code disable_parallel_tool_use:true}→{@code parallel_tool_calls:false}.
 */
final class FrontDoorTools {
  private FrontDoorTools() {
  }

  static void apply(JsonNode request, ObjectNode out) {
    JsonNode tools = request.get("tools");
    if (tools != null && tools.isArray() && !tools.isEmpty()) {
      ArrayNode list = out.putArray("tools");
      for (int i = 0; i < tools.size(); i++) {
        list.add(tool(tools.get(i), "tools." + i));
      }
    }
    JsonNode choice = request.get("tool_choice");
    if (choice == null || !choice.isObject()) {
      return;
    }
    String type = Nodes.text(choice, "type");
    switch (type == null ? "" : type) {
      case "auto" -> out.put("tool_choice", "auto");
      case "any" -> out.put("tool_choice", "required");
      case "none" -> out.put("tool_choice", "none");
      case "tool" -> out.set("tool_choice", named(choice));
      default -> throw ChatFormat.bad("tool_choice.type", "expected auto, any, tool or none, got '" + type + "'");
    }
    if (choice.path("disable_parallel_tool_use").asBoolean(false)) {
      out.put("parallel_tool_calls", false);
    }
  }

  private static ObjectNode tool(JsonNode tool, String path) {
    String type = Nodes.text(tool, "type");
    if (type != null && !"custom".equals(type)) {
      throw ChatFormat.bad(path + ".type", "server tool '" + type + "' cannot be sent to other providers");
    }
    String name = Nodes.text(tool, "name");
    if (name == null) {
      throw ChatFormat.bad(path + ".name", "a tool needs a name");
    }
    ObjectNode out = Json.object();
    out.put("type", "function");
    ObjectNode function = out.putObject("function");
    function.put("name", name);
    String description = Nodes.text(tool, "description");
    if (description != null) {
      function.put("description", description);
    }
    if (tool.get("input_schema") != null && tool.get("input_schema").isObject()) {
      function.set("parameters", tool.get("input_schema"));
    }
    return out;
  }

  private static ObjectNode named(JsonNode choice) {
    String name = Nodes.text(choice, "name");
    if (name == null) {
      throw ChatFormat.bad("tool_choice.name", "a tool choice of type tool needs a name");
    }
    ObjectNode out = Json.object();
    out.put("type", "function");
    out.putObject("function").put("name", name);
    return out;
  }
}
