package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.util.List;

/**
 * Every configurable field of a gateway (spec §3.3), validated and complete. Kept as a normalized
 * JSON object (what is stored and returned) with typed accessors for what the data plane reads.
 */
public final class GatewaySettings {
  static final List<Field> FIELDS = List.of(
      Field.bool("authentication", false, false),
      Field.integer("cache_ttl", true, 0, 2_592_000, 0),
      Field.bool("cache_invalidate_on_update", true, false),
      Field.bool("collect_logs", true, true),
      Field.integer("log_management", false, 10_000, 10_000_000, null),
      Field.oneOf("log_management_strategy", true, null, "STOP_INSERTING", "DELETE_OLDEST"),
      Field.bool("log_classification", false, false),
      Field.bool("logpush", false, false),
      Field.string("logpush_public_key", 16, 1024),
      Field.integer("rate_limiting_interval", true, 0, 31_536_000, 0),
      Field.integer("rate_limiting_limit", true, 0, Integer.MAX_VALUE, 0),
      Field.oneOf("rate_limiting_technique", true, "fixed", "fixed", "sliding"),
      Field.array("rate_limits", RateLimitShape::rules),
      Field.integer("retry_max_attempts", false, 1, 5, null),
      Field.integer("retry_delay", false, 0, 5_000, null),
      Field.oneOf("retry_backoff", true, null, "constant", "linear", "exponential"),
      Field.object("dlp", NestedShapes::dlp),
      Field.object("guardrails", NestedShapes::guardrails),
      Field.array("otel", NestedShapes::otel),
      Field.object("spend_limits", NestedShapes::spendLimits),
      Field.string("store_id", 1, 256),
      Field.object("stripe", NestedShapes::stripe),
      Field.oneOf("workers_ai_billing_mode", false, "postpaid", "postpaid", "unified"),
      Field.bool("zdr", false, false),
      Field.bool("byok_only", false, false));

  private final ObjectNode json;
  private final boolean authentication;
  private final boolean collectLogs;

  GatewaySettings(ObjectNode json) {
    this.json = json;
    this.authentication = json.path("authentication").asBoolean(false);
    this.collectLogs = json.path("collect_logs").asBoolean(true);
  }

  /** Settings of the auto-created {@code default} gateway (spec §4.1). */
  public static GatewaySettings defaultGateway() {
    ObjectNode body = Json.object();
    body.put("authentication", true).put("collect_logs", true).put("cache_ttl", 0)
        .put("cache_invalidate_on_update", false).put("rate_limiting_interval", 0).put("rate_limiting_limit", 0);
    return SettingsParser.parse(body, null);
  }

  /** Rebuilds settings from their stored JSON (already validated when written). */
  public static GatewaySettings fromStored(String json) {
    return new GatewaySettings((ObjectNode) Json.parse(json));
  }

  public String toStored() {
    return Json.write(json);
  }

  /** A copy of the settings as JSON fields, in table order. */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  public boolean authentication() {
    return authentication;
  }

  public boolean collectLogs() {
    return collectLogs;
  }

  public JsonNode get(String field) {
    return json.path(field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GatewaySettings s && s.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }
}
