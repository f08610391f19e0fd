package io.switchboard.admin;

import com.fasterxml.jackson.databind.node.TextNode;
import io.switchboard.auth.Permission;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.Gateways;
import io.switchboard.json.Json;
import io.switchboard.paging.PageRequest;
import io.switchboard.provider.ProviderCatalog;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/** {@code /client/v4/accounts/{account_id}/ai-gateway/gateways...} (spec §3.2). */
final class GatewaysApi {
  private static final String BASE = "/client/v4/accounts/:account_id/ai-gateway/gateways";
  private final Gateways gateways;
  private final Authz authz;
  private final Supplier<String> publicBaseUrl;

  GatewaysApi(Gateways gateways, Authz authz, Supplier<String> publicBaseUrl) {
    this.gateways = gateways;
    this.authz = authz;
    this.publicBaseUrl = publicBaseUrl;
  }

  void mount(Router router) {
    router.get(BASE).handler(this::list);
    router.post(BASE).handler(this::create);
    router.get(BASE + "/:gateway_id").handler(this::get);
    router.put(BASE + "/:gateway_id").handler(this::update);
    router.delete(BASE + "/:gateway_id").handler(this::delete);
    router.get(BASE + "/:gateway_id/url/:provider").handler(this::url);
  }

  private void list(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> gateways.list(ctx.queryParams().get("search"), PageRequest.parse(
            ctx.queryParams().get("page"), ctx.queryParams().get("per_page"), 20, 1, 100)))
        .onSuccess(page -> Envelope.page(ctx, page, Gateway::toJson))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> gateways.create(Json.parseObject(ctx.body().buffer())))
        .onSuccess(g -> Envelope.ok(ctx, g.toJson()))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> gateways.get(ctx.pathParam("gateway_id")))
        .onSuccess(g -> Envelope.ok(ctx, g.toJson()))
        .onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> gateways.update(ctx.pathParam("gateway_id"), Json.parseObject(ctx.body().buffer())))
        .onSuccess(g -> Envelope.ok(ctx, g.toJson()))
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> gateways.delete(ctx.pathParam("gateway_id")))
        .onSuccess(g -> Envelope.ok(ctx, g.toJson()))
        .onFailure(ctx::fail);
  }

  private void url(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> gateways.get(ctx.pathParam("gateway_id")))
        .onSuccess(g -> {
          String provider = ctx.pathParam("provider");
          String base = publicBaseUrl.get() + "/v1/" + authz.accountId() + "/" + g.id();
          if (provider.equals("universal")) {
            Envelope.ok(ctx, TextNode.valueOf(base + "/"));
          } else if (ProviderCatalog.isKnown(provider)) {
            Envelope.ok(ctx, TextNode.valueOf(base + "/" + provider));
          } else {
            ctx.fail(GatewayException.of(ErrorCode.INVALID_PROVIDER, "Invalid provider '" + provider + "'"));
          }
        })
        .onFailure(ctx::fail);
  }
}
