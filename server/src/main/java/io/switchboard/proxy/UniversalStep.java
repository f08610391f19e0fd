package io.switchboard.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of a universal request (spec §1.4): {@code {provider, endpoint, headers, query, config}}.
 * {@code query} is the provider-native JSON body; {@code headers} are sent as given (cf-aig-* ones
 * set this step's options); {@code config} holds requestTimeout, maxAttempts, retryDelay, backoff.
 */
record UniversalStep(int index, String provider, String endpoint, MultiMap headers, JsonNode query, JsonNode config) {
  private static final Set<String> CONFIG_KEYS = Set.of("requestTimeout", "maxAttempts", "retryDelay", "backoff");

  /** Parses a JSON array of steps, or one step object. Every problem names the step and field. */
  static List<UniversalStep> parseAll(JsonNode body) {
    List<JsonNode> nodes = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(nodes::add);
    } else {
      nodes.add(body);
    }
    if (nodes.isEmpty()) {
      throw bad("the request body is an empty array: expected at least one step");
    }
    List<UniversalStep> steps = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      steps.add(parse(i, nodes.get(i), body.isArray() ? "[" + i + "]." : ""));
    }
    return steps;
  }

  private static UniversalStep parse(int index, JsonNode step, String at) {
    if (!step.isObject()) {
      throw bad(at.isEmpty() ? "expected a step object" : at.substring(0, at.length() - 1) + " must be an object");
    }
    String provider = requiredText(step, "provider", at);
    String endpoint = step.path("endpoint").isTextual() ? step.get("endpoint").asText() : null;
    if (endpoint == null) {
      throw bad(at + "endpoint is required: a string such as \"chat/completions\"");
    }
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    JsonNode h = step.get("headers");
    if (h != null && !h.isNull()) {
      if (!h.isObject()) {
        throw bad(at + "headers must be an object of header names to values");
      }
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) h::fields) {
        JsonNode v = e.getValue();
        if (v.isContainerNode()) {
          headers.add(e.getKey(), v.toString());
        } else if (!v.isNull()) {
          headers.add(e.getKey(), v.asText());
        }
      }
    }
    JsonNode legacyAuth = step.get("authorization");
    if (legacyAuth != null && legacyAuth.isTextual() && !headers.contains("authorization")) {
      headers.add("authorization", legacyAuth.asText());
    }
    JsonNode config = step.get("config");
    if (config != null && !config.isNull()) {
      if (!config.isObject()) {
        throw bad(at + "config must be an object");
      }
      config.fieldNames().forEachRemaining(k -> {
        if (!CONFIG_KEYS.contains(k)) {
          throw bad(at + "config." + k + " is not a step option (expected one of " + String.join(", ",
              CONFIG_KEYS.stream().sorted().toList()) + ")");
        }
      });
    }
    JsonNode query = step.get("query");
    return new UniversalStep(index, provider, endpoint, headers, query == null ? null : query, config);
  }

  private static String requiredText(JsonNode step, String field, String at) {
    JsonNode v = step.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw bad(at + field + " is required: a non-empty string");
    }
    return v.asText();
  }

  String configPath() {
    return "step " + index + " config";
  }

  static GatewayException bad(String message) {
    return GatewayException.of(ErrorCode.BAD_UNIVERSAL_REQUEST, "Invalid universal request: " + message);
  }
}
