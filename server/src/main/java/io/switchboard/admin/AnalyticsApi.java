package io.switchboard.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.switchboard.auth.Permission;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.log.AnalyticsQuery;
import io.switchboard.log.Logs;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Analytics over time (Switchboard's own; Cloudflare serves these through GraphQL):
 * {@code GET .../ai-gateway/analytics?start&end&bucket=minute|hour|day&group_by=gateway,provider,model
 * &gateway_id&provider&model}, also under {@code /gateways/{gateway_id}/analytics}. Each bucket has
 * requests, errors, cached, tokens_in, tokens_out and cost. Served from rollups kept at write time.
 */
final class AnalyticsApi {
  private static final String BASE = "/client/v4/accounts/:account_id/ai-gateway";
  private static final Map<String, Integer> BUCKETS = Map.of("minute", 1, "hour", 60, "day", 1440);
  private static final int MAX_BUCKETS = 100_000;
  private final Logs logs;
  private final Authz authz;
  private final Clock clock;

  AnalyticsApi(Logs logs, Authz authz, Clock clock) {
    this.logs = logs;
    this.authz = authz;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get(BASE + "/analytics").handler(ctx -> handle(ctx, ctx.queryParams().get("gateway_id")));
    router.get(BASE + "/gateways/:gateway_id/analytics").handler(ctx -> handle(ctx, ctx.pathParam("gateway_id")));
  }

  private void handle(RoutingContext ctx, String gatewayId) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> logs.analytics(parse(ctx.queryParams(), gatewayId)))
        .onSuccess(rows -> {
          ArrayNode result = Json.array();
          rows.forEach(result::add);
          Envelope.ok(ctx, result);
        })
        .onFailure(ctx::fail);
  }

  private AnalyticsQuery parse(MultiMap q, String gatewayId) {
    List<FieldError> errors = new ArrayList<>();
    long end = time(q.get("end"), "end", clock.millis(), errors);
    long start = time(q.get("start"), "start", end - 86_400_000L, errors);
    String bucketName = q.get("bucket") == null ? "hour" : q.get("bucket");
    Integer bucket = BUCKETS.get(bucketName);
    if (bucket == null) {
      errors.add(FieldError.of("bucket", "must be minute, hour or day, got '" + bucketName + "'"));
    } else if (end > start && (end - start) / 60_000 / bucket > MAX_BUCKETS) {
      errors.add(FieldError.of("bucket", "the range holds more than " + MAX_BUCKETS + " buckets; use a larger bucket"));
    }
    if (start >= end) {
      errors.add(FieldError.of("start", "must be before end"));
    }
    List<String> groupBy = new ArrayList<>();
    String rawGroup = q.get("group_by");
    if (rawGroup != null && !rawGroup.isBlank()) {
      for (String g : rawGroup.split(",")) {
        String d = g.trim();
        if (!List.of("gateway", "provider", "model").contains(d)) {
          errors.add(FieldError.of("group_by", "must list any of gateway, provider, model, got '" + d + "'"));
        } else if (!groupBy.contains(d)) {
          groupBy.add(d);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
    return new AnalyticsQuery(start, end, bucket, groupBy,
        gatewayId == null ? null : gatewayId.toLowerCase(java.util.Locale.ROOT), q.get("provider"), q.get("model"));
  }

  private static long time(String raw, String name, long dflt, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return dflt;
    }
    try {
      return raw.matches("\\d+") ? Long.parseLong(raw) : Instant.parse(raw).toEpochMilli();
    } catch (RuntimeException e) {
      errors.add(FieldError.of(name, "must be an RFC 3339 time or epoch milliseconds, got '" + raw + "'"));
      return dflt;
    }
  }
}
