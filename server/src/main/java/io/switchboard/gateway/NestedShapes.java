package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Shape checks for the gateway object's nested settings: dlp, guardrails, otel, spend_limits, stripe. */
final class NestedShapes {
  private static final Pattern GUARDRAIL_CATEGORY = Pattern.compile("S([1-9]|1[0-4])|P1");
  private static final Set<String> DLP_ACTIONS = Set.of("FLAG", "BLOCK");
  private static final Set<String> DLP_CHECKS = Set.of("REQUEST", "RESPONSE");
  private static final int MAX_SPEND_RULES = 20;

  private NestedShapes() {
  }

  static void dlp(JsonNode dlp, String path, Problems p) {
    bool(dlp, "enabled", path, p, false);
    optEnum(dlp, "action", path, p, DLP_ACTIONS);
    stringArray(dlp, "profiles", path, p, false);
    JsonNode policies = dlp.get("policies");
    if (policies == null || policies.isNull()) {
      return;
    }
    if (!policies.isArray()) {
      p.expected(path + ".policies", "an array", policies);
      return;
    }
    for (int i = 0; i < policies.size(); i++) {
      String at = path + ".policies." + i;
      JsonNode policy = policies.get(i);
      if (!policy.isObject()) {
        p.expected(at, "an object", policy);
        continue;
      }
      requiredString(policy, "id", at, p);
      optEnum(policy, "action", at, p, DLP_ACTIONS);
      bool(policy, "enabled", at, p, false);
      stringArray(policy, "profiles", at, p, false);
      JsonNode check = policy.get("check");
      if (check != null && !check.isNull()) {
        if (!check.isArray()) {
          p.expected(at + ".check", "an array of REQUEST, RESPONSE", check);
        } else {
          for (int j = 0; j < check.size(); j++) {
            if (!DLP_CHECKS.contains(check.get(j).asText())) {
              p.add(at + ".check." + j, "must be REQUEST or RESPONSE, got " + check.get(j));
            }
          }
        }
      }
    }
  }

  static void guardrails(JsonNode guardrails, String path, Problems p) {
    for (Iterator<Map.Entry<String, JsonNode>> it = guardrails.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> phase = it.next();
      String at = path + "." + phase.getKey();
      if (!phase.getKey().equals("prompt") && !phase.getKey().equals("response")) {
        p.add(at, "unknown guardrail phase (expected prompt or response)");
        continue;
      }
      if (phase.getValue().isNull()) {
        continue;
      }
      if (!phase.getValue().isObject()) {
        p.expected(at, "an object of category: FLAG|BLOCK", phase.getValue());
        continue;
      }
      phase.getValue().fields().forEachRemaining(c -> {
        if (!GUARDRAIL_CATEGORY.matcher(c.getKey()).matches()) {
          p.add(at + "." + c.getKey(), "unknown guardrail category (expected S1..S14 or P1)");
        } else if (!DLP_ACTIONS.contains(c.getValue().asText())) {
          p.add(at + "." + c.getKey(), "must be FLAG or BLOCK, got " + c.getValue());
        }
      });
    }
  }

  static void otel(JsonNode exporters, String path, Problems p) {
    for (int i = 0; i < exporters.size(); i++) {
      String at = path + "." + i;
      JsonNode e = exporters.get(i);
      if (!e.isObject()) {
        p.expected(at, "an object", e);
        continue;
      }
      String url = requiredString(e, "url", at, p);
      if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
        p.add(at + ".url", "must be an http(s) URL");
      }
      optEnum(e, "content_type", at, p, Set.of("json", "protobuf"));
      optString(e, "authorization", at, p);
      JsonNode headers = e.get("headers");
      if (headers != null && !headers.isNull()) {
        if (!headers.isObject()) {
          p.expected(at + ".headers", "an object of strings", headers);
        } else {
          headers.fields().forEachRemaining(h -> {
            if (!h.getValue().isTextual()) {
              p.expected(at + ".headers." + h.getKey(), "a string", h.getValue());
            }
          });
        }
      }
    }
  }

  static void spendLimits(JsonNode limits, String path, Problems p) {
    bool(limits, "enabled", path, p, false);
    JsonNode rules = limits.get("rules");
    if (rules == null || rules.isNull()) {
      return;
    }
    if (!rules.isArray()) {
      p.expected(path + ".rules", "an array", rules);
      return;
    }
    if (rules.size() > MAX_SPEND_RULES) {
      p.add(path + ".rules", "at most " + MAX_SPEND_RULES + " rules, got " + rules.size());
    }
    for (int i = 0; i < rules.size(); i++) {
      String at = path + ".rules." + i;
      JsonNode r = rules.get(i);
      if (!r.isObject()) {
        p.expected(at, "an object", r);
        continue;
      }
      optString(r, "id", at, p);
      bool(r, "enabled", at, p, false);
      JsonNode limit = r.get("limit");
      if (limit == null || !limit.isNumber() || limit.asDouble() < 0) {
        p.add(at + ".limit", "is required: a number >= 0");
      }
      optEnum(r, "limitType", at, p, Set.of("cost", "count"));
      JsonNode window = r.get("window");
      if (window == null || !window.canConvertToLong() || !window.isIntegralNumber() || window.asLong() <= 0) {
        p.add(at + ".window", "is required: a whole number of seconds > 0");
      }
      optEnum(r, "technique", at, p, Set.of("fixed", "sliding"));
      dimension(r.get("model"), at + ".model", p);
      dimension(r.get("provider"), at + ".provider", p);
      JsonNode metadata = r.get("metadata");
      if (metadata != null && !metadata.isNull()) {
        if (!metadata.isObject()) {
          p.expected(at + ".metadata", "an object", metadata);
        } else {
          metadata.fields().forEachRemaining(m -> dimension(m.getValue(), at + ".metadata." + m.getKey(), p));
        }
      }
    }
  }

  static void stripe(JsonNode stripe, String path, Problems p) {
    optString(stripe, "authorization", path, p);
    JsonNode events = stripe.get("usage_events");
    if (events == null || events.isNull()) {
      return;
    }
    if (!events.isArray()) {
      p.expected(path + ".usage_events", "an array", events);
      return;
    }
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      if (!e.isObject() || !e.path("payload").isTextual()) {
        p.add(path + ".usage_events." + i, "must be an object with a string payload");
      }
    }
  }

  private static void dimension(JsonNode d, String at, Problems p) {
    if (d == null || d.isNull()) {
      return;
    }
    if (!d.isObject()) {
      p.expected(at, "an object with mode", d);
      return;
    }
    JsonNode mode = d.get("mode");
    if (mode == null || !List.of("filter", "partition").contains(mode.asText())) {
      p.add(at + ".mode", "must be filter or partition");
    }
    stringArray(d, "values", at, p, false);
  }

  private static void bool(JsonNode o, String field, String path, Problems p, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        p.add(path + "." + field, "is required");
      }
    } else if (!v.isBoolean()) {
      p.expected(path + "." + field, "true or false", v);
    }
  }

  private static void optEnum(JsonNode o, String field, String path, Problems p, Set<String> allowed) {
    JsonNode v = o.get(field);
    if (v != null && !v.isNull() && (!v.isTextual() || !allowed.contains(v.asText()))) {
      p.add(path + "." + field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + ", got " + v);
    }
  }

  private static String requiredString(JsonNode o, String field, String path, Problems p) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      p.add(path + "." + field, "is required: a non-empty string");
      return null;
    }
    return v.asText();
  }

  private static void optString(JsonNode o, String field, String path, Problems p) {
    JsonNode v = o.get(field);
    if (v != null && !v.isNull() && !v.isTextual()) {
      p.expected(path + "." + field, "a string", v);
    }
  }

  private static void stringArray(JsonNode o, String field, String path, Problems p, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        p.add(path + "." + field, "is required");
      }
      return;
    }
    if (!v.isArray()) {
      p.expected(path + "." + field, "an array of strings", v);
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        p.expected(path + "." + field + "." + i, "a string", v.get(i));
      }
    }
  }
}
