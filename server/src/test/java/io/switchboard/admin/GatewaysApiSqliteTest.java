package io.switchboard.admin;

import io.switchboard.testkit.Backend;

class GatewaysApiSqliteTest extends GatewaysApiSuite {
  @Override
  Backend backend() {
    return Backend.SQLITE;
  }
}
