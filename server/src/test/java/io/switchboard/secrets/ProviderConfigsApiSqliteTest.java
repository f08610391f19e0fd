package io.switchboard.secrets;

import io.switchboard.testkit.Backend;

class ProviderConfigsApiSqliteTest extends ProviderConfigsApiSuite {
  @Override
  Backend backend() {
    return Backend.SQLITE;
  }
}
