package io.switchboard.account;

import io.switchboard.auth.Permission;
import io.switchboard.auth.TokenSecret;
import io.switchboard.auth.TokenStore;
import io.switchboard.auth.Tokens;
import io.switchboard.paging.PageRequest;
import java.time.Clock;
import java.util.EnumSet;

/**
 * First-start set-up (blocking, before the server listens): creates the account and, whenever no
 * active token can manage tokens (first start, or every admin token revoked), an admin token with
 * every permission. The token's value is returned once for the banner and stored only as a hash.
 */
public final class Bootstrap {
  /** The account, and the admin token value when one was just created (else null). */
  public record Result(Account account, String newAdminToken) {
  }

  private Bootstrap() {
  }

  public static Result run(AccountStore accounts, TokenStore tokenStore, Tokens tokens, Clock clock,
      String accountIdWanted, String bootstrapToken) {
    Account account = accounts.find().orElseGet(() -> {
      String id = accountIdWanted.isEmpty() ? TokenSecret.randomHexId() : accountIdWanted.toLowerCase();
      Account created = new Account(id, clock.instant());
      accounts.insert(created);
      return created;
    });
    if (hasAdmin(tokenStore, account, clock)) {
      return new Result(account, null);
    }
    Tokens.Created admin = tokens.createNow(account.id(), "admin (created at start-up)",
        EnumSet.allOf(Permission.class), null, bootstrapToken.isEmpty() ? null : bootstrapToken);
    return new Result(account, admin.value());
  }

  private static boolean hasAdmin(TokenStore store, Account account, Clock clock) {
    for (int page = 1; ; page++) {
      var batch = store.list(account.id(), new PageRequest(page, 100));
      if (batch.items().stream().anyMatch(t -> t.isActive(clock.instant()) && t.allows(Permission.API_TOKENS_EDIT))) {
        return true;
      }
      if (batch.items().size() < 100) {
        return false;
      }
    }
  }
}
