package io.switchboard.admin;

import io.switchboard.testkit.Backend;

class TokensApiSqliteTest extends TokensApiSuite {
  @Override
  Backend backend() {
    return Backend.SQLITE;
  }
}
