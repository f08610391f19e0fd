package io.switchboard.admin;

import io.switchboard.auth.Tokens;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.Gateways;
import io.switchboard.log.Logs;
import io.switchboard.http.ErrorResponses;
import io.switchboard.provider.CustomProviders;
import io.switchboard.secrets.ProviderConfigs;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.function.Supplier;

/** The management API router: body limits, every resource, and errors in the v4 envelope. */
public final class ManagementApi {
  private ManagementApi() {
  }

  /**
   * Builds the router for everything that is not the data plane. {@code publicBaseUrl} gives the base
   * URL clients reach the gateway on (known only once the server listens), for the url endpoint.
   */
  public static Router router(Vertx vertx, Gateways gateways, CustomProviders customProviders, Tokens tokens,
      Logs logs, Clock clock, Supplier<String> publicBaseUrl, long maxBodyBytes, ProviderConfigs providerConfigs) {
    Router router = Router.router(vertx);
    router.route("/client/v4/*").handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
    Authz authz = new Authz(tokens, gateways.accountId());
    new GatewaysApi(gateways, authz, publicBaseUrl).mount(router);
    new TokensApi(tokens, authz, clock).mount(router);
    new CustomProvidersApi(customProviders, authz).mount(router);
    new LogsApi(logs, gateways, authz).mount(router);
    new AnalyticsApi(logs, authz, clock).mount(router);
    new ProviderConfigsApi(providerConfigs, authz).mount(router);
    router.route().failureHandler(ManagementApi::failure);
    router.errorHandler(405, ctx -> ErrorResponses.envelope(ctx.response(), GatewayException.of(
        ErrorCode.METHOD_NOT_ALLOWED, "Method " + ctx.request().method() + " not allowed on " + ctx.request().path())));
    router.errorHandler(404, ctx -> ErrorResponses.envelope(ctx.response(),
        GatewayException.of(ErrorCode.NO_ROUTE, "No route for " + ctx.request().method() + " " + ctx.request().path())));
    return router;
  }

  private static void failure(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure == null) {
      failure = switch (ctx.statusCode()) {
        case 413 -> GatewayException.of(ErrorCode.PAYLOAD_TOO_LARGE);
        case 405 -> GatewayException.of(ErrorCode.METHOD_NOT_ALLOWED);
        case 404 -> GatewayException.of(ErrorCode.NO_ROUTE);
        case 400 -> GatewayException.of(ErrorCode.VALIDATION, "Bad request");
        default -> GatewayException.of(ErrorCode.INTERNAL);
      };
    }
    ErrorResponses.envelope(ctx.response(), failure);
  }
}
