package io.switchboard;

import io.switchboard.testkit.Backend;

class RestartPostgresTest extends RestartSuite {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
