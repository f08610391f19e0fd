package io.switchboard.store;

import io.switchboard.testkit.Backend;

class StorePostgresTest extends StoreContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
