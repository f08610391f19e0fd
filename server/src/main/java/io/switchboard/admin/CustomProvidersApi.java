package io.switchboard.admin;

import io.switchboard.auth.Permission;
import io.switchboard.json.Json;
import io.switchboard.paging.PageRequest;
import io.switchboard.provider.CustomProvider;
import io.switchboard.provider.CustomProviderQuery;
import io.switchboard.provider.CustomProviders;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code /client/v4/accounts/{account_id}/ai-gateway/custom-providers...} (spec §10.3). */
final class CustomProvidersApi {
  private static final String BASE = "/client/v4/accounts/:account_id/ai-gateway/custom-providers";
  private final CustomProviders providers;
  private final Authz authz;

  CustomProvidersApi(CustomProviders providers, Authz authz) {
    this.providers = providers;
    this.authz = authz;
  }

  void mount(Router router) {
    router.get(BASE).handler(this::list);
    router.post(BASE).handler(this::create);
    router.get(BASE + "/:provider_id").handler(this::get);
    router.patch(BASE + "/:provider_id").handler(this::update);
    router.delete(BASE + "/:provider_id").handler(this::delete);
  }

  private void list(RoutingContext ctx) {
    MultiMap q = ctx.queryParams();
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> providers.list(
            CustomProviderQuery.parse(q.get("enable"), q.get("beta"), q.get("search"), q.get("order_by")),
            PageRequest.parse(q.get("page"), q.get("per_page"), 20, 1, 100)))
        .onSuccess(page -> Envelope.page(ctx, page, CustomProvider::toJson))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> providers.create(Json.parseObject(ctx.body().buffer())))
        .onSuccess(p -> Envelope.ok(ctx, p.toJson()))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> providers.get(ctx.pathParam("provider_id")))
        .onSuccess(p -> Envelope.ok(ctx, p.toJson()))
        .onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> providers.update(ctx.pathParam("provider_id"), Json.parseObject(ctx.body().buffer())))
        .onSuccess(p -> Envelope.ok(ctx, p.toJson()))
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_EDIT)
        .compose(t -> providers.delete(ctx.pathParam("provider_id")))
        .onSuccess(p -> Envelope.ok(ctx, p.toJson()))
        .onFailure(ctx::fail);
  }
}
