package io.switchboard.admin;

import io.switchboard.testkit.Backend;

class GatewaysApiPostgresTest extends GatewaysApiSuite {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
