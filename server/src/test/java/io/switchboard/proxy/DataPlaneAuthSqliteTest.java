package io.switchboard.proxy;

import io.switchboard.testkit.Backend;

class DataPlaneAuthSqliteTest extends DataPlaneAuthSuite {
  @Override
  Backend backend() {
    return Backend.SQLITE;
  }
}
