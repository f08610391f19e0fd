package io.switchboard.account;

import java.util.Optional;

/** Where the account lives. Blocking: call through the store's worker pool. */
public interface AccountStore {
  Optional<Account> find();

  void insert(Account account);
}
