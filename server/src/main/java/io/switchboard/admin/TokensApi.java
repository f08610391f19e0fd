package io.switchboard.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.auth.ApiToken;
import io.switchboard.auth.Permission;
import io.switchboard.auth.Tokens;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.paging.PageRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /client/v4/accounts/{account_id}/tokens...}: create, list, get, revoke and verify API
 * tokens. Permissions are given either as {@code permissions: ["AI Gateway Read", ...]} or in
 * Cloudflare's form {@code policies: [{permission_groups: [{name: ...}]}]}. A token's value appears
 * once, in the create response.
 */
final class TokensApi {
  private static final String BASE = "/client/v4/accounts/:account_id/tokens";
  private final Tokens tokens;
  private final Authz authz;
  private final Clock clock;

  TokensApi(Tokens tokens, Authz authz, Clock clock) {
    this.tokens = tokens;
    this.authz = authz;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get(BASE + "/verify").handler(this::verify);
    router.get(BASE).handler(this::list);
    router.post(BASE).handler(this::create);
    router.get(BASE + "/:token_id").handler(this::get);
    router.delete(BASE + "/:token_id").handler(this::revoke);
  }

  private void list(RoutingContext ctx) {
    authz.require(ctx, Permission.API_TOKENS_EDIT)
        .compose(t -> tokens.list(authz.accountId(), PageRequest.parse(ctx.queryParams().get("page"),
            ctx.queryParams().get("per_page"), 20, 1, 100)))
        .onSuccess(page -> Envelope.page(ctx, page, this::toJson))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    authz.require(ctx, Permission.API_TOKENS_EDIT)
        .compose(t -> {
          Request r = parse(Json.parseObject(ctx.body().buffer()));
          return tokens.create(authz.accountId(), r.name(), r.permissions(), r.expiresAt());
        })
        .onSuccess(created -> {
          ObjectNode json = toJson(created.token());
          json.put("value", created.value());
          Envelope.ok(ctx, json);
        })
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    authz.require(ctx, Permission.API_TOKENS_EDIT)
        .compose(t -> tokens.get(authz.accountId(), ctx.pathParam("token_id")))
        .onSuccess(t -> Envelope.ok(ctx, toJson(t)))
        .onFailure(ctx::fail);
  }

  private void revoke(RoutingContext ctx) {
    authz.require(ctx, Permission.API_TOKENS_EDIT)
        .compose(t -> tokens.revoke(authz.accountId(), ctx.pathParam("token_id")))
        .onSuccess(t -> Envelope.ok(ctx, toJson(t)))
        .onFailure(ctx::fail);
  }

  /** Any active token may check itself (Cloudflare's {@code /tokens/verify}). */
  private void verify(RoutingContext ctx) {
    String bearer = Tokens.bearer(ctx.request().getHeader("authorization"));
    tokens.authenticate(bearer, null, ErrorCode.AUTHENTICATION)
        .onSuccess(t -> Envelope.ok(ctx, Json.object().put("id", t.id()).put("status", t.status(clock.instant()))
            .put("expires_on", t.expiresAt() == null ? null : iso(t.expiresAt()))))
        .onFailure(ctx::fail);
  }

  private record Request(String name, Set<Permission> permissions, Instant expiresAt) {
  }

  private static Request parse(ObjectNode body) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode name = body.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank() || name.asText().length() > 120) {
      errors.add(FieldError.of("name", "is required: a string of 1 to 120 characters"));
    }
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    List<JsonNode> names = new ArrayList<>();
    body.path("permissions").forEach(names::add);
    body.path("policies").forEach(p -> p.path("permission_groups").forEach(g -> names.add(g.path("name"))));
    if (names.isEmpty()) {
      errors.add(FieldError.of("permissions", "is required: a non-empty array of permission names, any of "
          + String.join(", ", EnumSet.allOf(Permission.class).stream().map(Permission::label).toList())));
    }
    for (JsonNode n : names) {
      Permission.parse(n.asText()).ifPresentOrElse(permissions::add,
          () -> errors.add(FieldError.of("permissions", "unknown permission " + n)));
    }
    Instant expiresAt = null;
    JsonNode expires = body.get("expires_on");
    if (expires != null && !expires.isNull()) {
      try {
        expiresAt = Instant.parse(expires.asText());
      } catch (DateTimeParseException e) {
        errors.add(FieldError.of("expires_on", "must be an RFC 3339 time such as 2030-01-01T00:00:00Z"));
      }
    }
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
    return new Request(name.asText(), permissions, expiresAt);
  }

  private ObjectNode toJson(ApiToken t) {
    ObjectNode json = Json.object();
    json.put("id", t.id());
    json.put("name", t.name());
    json.put("status", t.status(clock.instant()));
    json.put("preview", t.preview());
    ArrayNode perms = json.putArray("permissions");
    t.permissions().stream().sorted().forEach(p -> perms.add(p.label()));
    json.put("issued_on", iso(t.createdAt()));
    json.put("modified_on", iso(t.modifiedAt()));
    json.put("expires_on", t.expiresAt() == null ? null : iso(t.expiresAt()));
    json.put("last_used_on", t.lastUsedAt() == null ? null : iso(t.lastUsedAt()));
    return json;
  }

  private static String iso(Instant i) {
    return DateTimeFormatter.ISO_INSTANT.format(i);
  }
}
