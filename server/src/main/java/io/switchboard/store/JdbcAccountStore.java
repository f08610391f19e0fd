package io.switchboard.store;

import io.switchboard.account.Account;
import io.switchboard.account.AccountStore;
import java.time.Instant;
import java.util.Optional;

/** Accounts over JDBC, for both dialects. */
final class JdbcAccountStore implements AccountStore {
  private final Jdbc jdbc;

  JdbcAccountStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Account> find() {
    return jdbc.one("SELECT id, created_at FROM accounts ORDER BY created_at LIMIT 1", ps -> { },
        rs -> new Account(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
  }

  @Override
  public void insert(Account account) {
    jdbc.update("INSERT INTO accounts (id, created_at) VALUES (?, ?)", ps -> {
      ps.setString(1, account.id());
      ps.setLong(2, account.createdAt().toEpochMilli());
    });
  }
}
