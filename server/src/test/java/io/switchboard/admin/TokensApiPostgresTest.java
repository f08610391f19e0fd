package io.switchboard.admin;

import io.switchboard.testkit.Backend;

class TokensApiPostgresTest extends TokensApiSuite {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
