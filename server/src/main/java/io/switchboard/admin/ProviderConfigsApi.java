package io.switchboard.admin;

import io.switchboard.auth.Permission;
import io.switchboard.json.Json;
import io.switchboard.paging.PageRequest;
import io.switchboard.secrets.ProviderConfig;
import io.switchboard.secrets.ProviderConfigs;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /client/v4/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs...} (spec §10.1):
 * reading needs AI Gateway Read, writing keys needs Secrets Edit. Responses never carry the secret.
 */
final class ProviderConfigsApi {
  private static final String BASE = "/client/v4/accounts/:account_id/ai-gateway/gateways/:gateway_id/provider_configs";
  private final ProviderConfigs configs;
  private final Authz authz;

  ProviderConfigsApi(ProviderConfigs configs, Authz authz) {
    this.configs = configs;
    this.authz = authz;
  }

  void mount(Router router) {
    router.get(BASE).handler(this::list);
    router.post(BASE).handler(this::create);
    router.get(BASE + "/:config_id").handler(this::get);
    router.put(BASE + "/:config_id").handler(this::update);
    router.patch(BASE + "/:config_id").handler(this::update);
    router.delete(BASE + "/:config_id").handler(this::delete);
  }

  private void list(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> configs.list(ctx.pathParam("gateway_id"), PageRequest.parse(ctx.queryParams().get("page"),
            ctx.queryParams().get("per_page"), 20, 1, 100)))
        .onSuccess(page -> Envelope.page(ctx, page, ProviderConfig::toJson))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    authz.require(ctx, Permission.AI_GATEWAY_READ)
        .compose(t -> configs.get(ctx.pathParam("gateway_id"), ctx.pathParam("config_id")))
        .onSuccess(c -> Envelope.ok(ctx, c.toJson()))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    authz.require(ctx, Permission.SECRETS_EDIT)
        .compose(t -> configs.create(ctx.pathParam("gateway_id"), Json.parseObject(ctx.body().buffer())))
        .onSuccess(c -> Envelope.ok(ctx, c.toJson()))
        .onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    authz.require(ctx, Permission.SECRETS_EDIT)
        .compose(t -> configs.update(ctx.pathParam("gateway_id"), ctx.pathParam("config_id"),
            Json.parseObject(ctx.body().buffer())))
        .onSuccess(c -> Envelope.ok(ctx, c.toJson()))
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    authz.require(ctx, Permission.SECRETS_EDIT)
        .compose(t -> configs.delete(ctx.pathParam("gateway_id"), ctx.pathParam("config_id")))
        .onSuccess(c -> Envelope.ok(ctx, c.toJson()))
        .onFailure(ctx::fail);
  }
}
