package io.switchboard;

import io.switchboard.testkit.Backend;

class RestartSqliteTest extends RestartSuite {
  @Override
  Backend backend() {
    return Backend.SQLITE;
  }
}
