package io.switchboard.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.auth.Permission;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.Gateways;
import io.switchboard.json.Json;
import io.switchboard.log.LogPatch;
import io.switchboard.log.LogQueryParser;
import io.switchboard.log.Logs;
import io.switchboard.log.Metadata;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code .../ai-gateway/gateways/{gateway_id}/logs...} (spec §3.2, §6.3, §6.4). */
final class LogsApi {
  private static final String BASE = "/client/v4/accounts/:account_id/ai-gateway/gateways/:gateway_id/logs";
  private final Logs logs;
  private final Gateways gateways;
  private final Authz authz;

  LogsApi(Logs logs, Gateways gateways, Authz authz) {
    this.logs = logs;
    this.gateways = gateways;
    this.authz = authz;
  }

  void mount(Router router) {
    router.get(BASE).handler(this::list);
    router.delete(BASE).handler(this::delete);
    router.get(BASE + "/:log_id").handler(this::get);
    router.patch(BASE + "/:log_id").handler(this::patch);
    router.get(BASE + "/:log_id/request").handler(ctx -> body(ctx, true));
    router.get(BASE + "/:log_id/response").handler(ctx -> body(ctx, false));
  }

  private String gateway(RoutingContext ctx) {
    return ctx.pathParam("gateway_id").toLowerCase(java.util.Locale.ROOT);
  }

  private void list(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> gateways.get(gateway(ctx)))
        .compose(g -> logs.list(g.id(), LogQueryParser.parse(ctx.queryParams(), false)))
        .onSuccess(page -> Envelope.page(ctx, page, o -> o))
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> gateways.get(gateway(ctx)))
        .compose(g -> logs.delete(g.id(), LogQueryParser.parse(ctx.queryParams(), true), limit(ctx)))
        .onSuccess(n -> Envelope.ok(ctx, Json.object().put("deleted", n)))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> gateways.get(gateway(ctx)))
        .compose(g -> logs.get(g.id(), ctx.pathParam("log_id")))
        .onSuccess(log -> Envelope.ok(ctx, log))
        .onFailure(ctx::fail);
  }

  private void body(RoutingContext ctx, boolean request) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> gateways.get(gateway(ctx)))
        .compose(g -> logs.body(g.id(), ctx.pathParam("log_id"), request))
        .onSuccess(b -> ctx.response()
            .putHeader("content-type", b.contentType() == null ? "application/octet-stream" : b.contentType())
            .putHeader("cf-aig-body-complete", String.valueOf(b.complete()))
            .end(Buffer.buffer(b.bytes())))
        .onFailure(ctx::fail);
  }

  private void patch(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> gateways.get(gateway(ctx)))
        .compose(g -> logs.patch(g.id(), ctx.pathParam("log_id"), parsePatch(Json.parseObject(ctx.body().buffer()))))
        .onSuccess(log -> Envelope.ok(ctx, log))
        .onFailure(ctx::fail);
  }

  static LogPatch parsePatch(ObjectNode body) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode feedback = body.get("feedback");
    if (feedback != null && !feedback.isNull() && !(feedback.isIntegralNumber() && Math.abs(feedback.asInt()) <= 1)) {
      errors.add(FieldError.of("feedback", "must be -1, 0, 1 or null, got " + feedback));
    }
    JsonNode score = body.get("score");
    if (score != null && !score.isNull() && !(score.isNumber() && score.asDouble() >= 0 && score.asDouble() <= 100)) {
      errors.add(FieldError.of("score", "must be a number from 0 to 100 or null, got " + score));
    }
    JsonNode metadata = body.get("metadata");
    Map<String, Object> meta = null;
    if (metadata != null && !metadata.isNull()) {
      try {
        meta = Metadata.fromJson(metadata, "metadata");
      } catch (GatewayException e) {
        errors.add(FieldError.of("metadata", e.getMessage().replace("Invalid metadata: ", "")));
      }
    }
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
    return new LogPatch(feedback != null, feedback == null || feedback.isNull() ? null : feedback.asInt(),
        score != null, score == null || score.isNull() ? null : score.asDouble(), metadata != null, meta);
  }

  private static int limit(RoutingContext ctx) {
    String raw = ctx.queryParams().get("limit");
    if (raw == null) {
      return 10_000;
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1 && n <= 10_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw GatewayException.invalid("limit", "must be a whole number from 1 to 10000, got '" + raw + "'");
  }
}
