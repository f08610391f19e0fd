package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shape of {@code rate_limits} (beyond Cloudflare): an array of at most {@link #MAX_RULES} objects
 * {@code {"key": "token" | "metadata.<name>", "limit": N, "interval": S, "technique": "fixed" | "sliding"}}.
 */
final class RateLimitShape {
  static final int MAX_RULES = 10;
  private static final Pattern KEY = Pattern.compile("token|metadata\\.[^\\s]{1,64}");
  private static final Set<String> FIELDS = Set.of("key", "limit", "interval", "technique");

  private RateLimitShape() {
  }

  static void rules(JsonNode rules, String path, Problems p) {
    if (rules.size() > MAX_RULES) {
      p.add(path, "at most " + MAX_RULES + " rules");
    }
    for (int i = 0; i < rules.size(); i++) {
      String at = path + "." + i;
      JsonNode rule = rules.get(i);
      if (!rule.isObject()) {
        p.expected(at, "an object", rule);
        continue;
      }
      rule.fieldNames().forEachRemaining(f -> {
        if (!FIELDS.contains(f)) {
          p.add(at + "." + f, "unknown field (expected key, limit, interval, technique)");
        }
      });
      JsonNode key = rule.get("key");
      if (key == null || !key.isTextual() || !KEY.matcher(key.asText()).matches()) {
        p.add(at + ".key", "must be \"token\" or \"metadata.<name>\"");
      }
      positive(rule, "limit", at, p, Integer.MAX_VALUE);
      positive(rule, "interval", at, p, 31_536_000);
      JsonNode technique = rule.get("technique");
      if (technique != null && !technique.isNull() && !"fixed".equals(technique.asText(""))
          && !"sliding".equals(technique.asText(""))) {
        p.add(at + ".technique", "must be fixed or sliding");
      }
    }
  }

  private static void positive(JsonNode rule, String field, String at, Problems p, long max) {
    JsonNode v = rule.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > max) {
      p.add(at + "." + field, "must be an integer from 1 to " + max);
    }
  }
}
