package io.switchboard.store;

import io.switchboard.testkit.Backend;

class StoreSqliteTest extends StoreContract {
  @Override
  Backend backend() {
    return Backend.SQLITE;
  }
}
