package io.switchboard.proxy;

import io.switchboard.auth.Permission;
import io.switchboard.auth.Tokens;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.GatewayId;
import io.switchboard.gateway.Gateways;
import io.switchboard.http.ErrorResponses;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * Entry of every {@code /v1/{account_id}/{gateway_id}/...} request: resolves the gateway (creating
 * {@code default} for an authenticated caller), enforces gateway authentication, then hands the
 * request on. Errors are written in the {@code AiGatewayError} shape.
 */
public final class DataPlane implements Handler<HttpServerRequest> {
  private static final String AUTH_HEADER = "cf-aig-authorization";
  private final String accountId;
  private final Gateways gateways;
  private final Tokens tokens;
  private final GatewayHandler next;

  /** What runs once the gateway is resolved and the caller admitted. */
  @FunctionalInterface
  public interface GatewayHandler {
    void handle(Call call);
  }

  public DataPlane(String accountId, Gateways gateways, Tokens tokens, GatewayHandler next) {
    this.accountId = accountId;
    this.gateways = gateways;
    this.tokens = tokens;
    this.next = next;
  }

  @Override
  public void handle(HttpServerRequest request) {
    long started = System.nanoTime();
    String requestId = Ids.uuidV7();
    String eventId = request.getHeader(Call.EVENT_ID);
    if (eventId == null || eventId.isBlank()) {
      eventId = requestId;
    }
    request.response().headers()
        .add(Call.LOG_ID, requestId)
        .add(Call.REQUEST_ID, requestId)
        .add(Call.EVENT_ID, eventId);
    String path = request.path();
    int accountEnd = path.indexOf('/', 4);
    int gatewayEnd = accountEnd < 0 ? -1 : path.indexOf('/', accountEnd + 1);
    if (accountEnd < 0 || accountEnd == 4) {
      fail(request, GatewayException.of(ErrorCode.NO_ROUTE, "Expected /v1/{account_id}/{gateway_id}/..."));
      return;
    }
    String account = path.substring(4, accountEnd);
    String gatewayId = gatewayEnd < 0 ? path.substring(accountEnd + 1) : path.substring(accountEnd + 1, gatewayEnd);
    String rest = gatewayEnd < 0 ? "" : path.substring(gatewayEnd);
    if (!account.equalsIgnoreCase(accountId) || gatewayId.isEmpty()) {
      fail(request, GatewayException.of(ErrorCode.GATEWAY_NOT_FOUND));
      return;
    }
    Gateway cached = gateways.cached(gatewayId);
    String event = eventId;
    if (cached != null && !cached.settings().authentication()) {
      next.handle(new Call(request, cached, rest, requestId, event, started));
      return;
    }
    request.pause();
    resolve(request, gatewayId, cached).onComplete(ar -> {
      if (ar.failed()) {
        fail(request, ar.cause());
      } else {
        next.handle(new Call(request, ar.result(), rest, requestId, event, started));
      }
    });
  }

  private Future<Gateway> resolve(HttpServerRequest request, String gatewayId, Gateway cached) {
    String presented = Tokens.bearer(request.getHeader(AUTH_HEADER));
    Future<Gateway> found = cached != null ? Future.succeededFuture(cached) : gateways.find(gatewayId);
    return found.compose(g -> {
      if (g == null) {
        if (!GatewayId.DEFAULT.equals(GatewayId.normalize(gatewayId)) || presented == null) {
          return Future.failedFuture(GatewayException.of(ErrorCode.GATEWAY_NOT_FOUND));
        }
        return tokens.authenticate(presented, Permission.AI_GATEWAY_RUN, ErrorCode.UNAUTHORIZED)
            .compose(t -> gateways.ensureDefault());
      }
      if (!g.settings().authentication()) {
        return Future.succeededFuture(g);
      }
      return tokens.authenticate(presented, Permission.AI_GATEWAY_RUN, ErrorCode.UNAUTHORIZED).map(t -> g);
    });
  }

  private static void fail(HttpServerRequest request, Throwable failure) {
    request.resume();
    ErrorResponses.aiGateway(request.response(), failure);
  }
}
