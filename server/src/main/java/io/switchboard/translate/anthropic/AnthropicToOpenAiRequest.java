package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Front door: an Anthropic Messages request to an OpenAI chat request, so any provider can answer it. Mapped:
 * system, messages (text, image, tool_use, tool_result; thinking blocks dropped), tools, tool_choice, max_tokens,
 * stop_sequences, temperature, top_p, stream (with {@code stream_options.include_usage} so usage comes back),
 * metadata.user_id → user, thinking → reasoning_effort. Dropped: top_k, service_tier, container, mcp_servers.
 * Server tools (web search, bash, ...) are rejected.
 */
public final class AnthropicToOpenAiRequest {
  private AnthropicToOpenAiRequest() {
  }

  public static ObjectNode convert(ObjectNode request) {
    ObjectNode out = Json.object();
    if (Nodes.present(request, "model")) {
      out.set("model", request.get("model"));
    }
    ArrayNode messages = out.putArray("messages");
    String system = systemText(request.get("system"));
    if (system != null) {
      ObjectNode message = messages.addObject();
      message.put("role", "system");
      message.put("content", system);
    }
    OpenAiMessages.append(request.get("messages"), messages);
    copy(request, "max_tokens", out, "max_tokens");
    copy(request, "temperature", out, "temperature");
    copy(request, "top_p", out, "top_p");
    copy(request, "stop_sequences", out, "stop");
    FrontDoorTools.apply(request, out);
    thinking(request.get("thinking"), out);
    String user = Nodes.text(request.get("metadata"), "user_id");
    if (user != null) {
      out.put("user", user);
    }
    if (request.path("stream").asBoolean(false)) {
      out.put("stream", true);
      out.putObject("stream_options").put("include_usage", true);
    }
    return out;
  }

  private static String systemText(JsonNode system) {
    if (system == null || system.isNull()) {
      return null;
    }
    if (system.isTextual()) {
      return system.asText();
    }
    if (!system.isArray()) {
      throw ChatFormat.bad("system", "expected a string or an array of text blocks, got " + Json.kind(system));
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < system.size(); i++) {
      if (!"text".equals(Nodes.text(system.get(i), "type"))) {
        throw ChatFormat.bad("system." + i + ".type", "only text blocks are allowed in system");
      }
      text.append(text.length() == 0 ? "" : "\n\n").append(Nodes.text(system.get(i), "text"));
    }
    return text.toString();
  }

  private static void thinking(JsonNode thinking, ObjectNode out) {
    if (thinking != null && "enabled".equals(Nodes.text(thinking, "type"))) {
      out.put("reasoning_effort", Thinking.effortFor(thinking.path("budget_tokens").asInt(0)));
    }
  }

  private static void copy(JsonNode from, String field, ObjectNode to, String as) {
    JsonNode value = from.get(field);
    if (value != null && !value.isNull()) {
      to.set(as, value);
    }
  }
}
