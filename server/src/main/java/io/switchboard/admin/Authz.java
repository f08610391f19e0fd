package io.switchboard.admin;

import io.switchboard.auth.ApiToken;
import io.switchboard.auth.Permission;
import io.switchboard.auth.Tokens;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * Management API access: a bearer token holding the route's permission, on this installation's
 * account. Authentication is checked before the account so that unknown callers learn nothing.
 */
final class Authz {
  private final Tokens tokens;
  private final String accountId;

  Authz(Tokens tokens, String accountId) {
    this.tokens = tokens;
    this.accountId = accountId;
  }

  Future<ApiToken> require(RoutingContext ctx, Permission permission) {
    String bearer = Tokens.bearer(ctx.request().getHeader("authorization"));
    return tokens.authenticate(bearer, permission, ErrorCode.AUTHENTICATION).map(token -> {
      String account = ctx.pathParam("account_id");
      if (account != null && !account.equalsIgnoreCase(accountId)) {
        throw GatewayException.of(ErrorCode.NOT_FOUND, "No account with id '" + account + "'");
      }
      return token;
    });
  }

  String accountId() {
    return accountId;
  }
}
