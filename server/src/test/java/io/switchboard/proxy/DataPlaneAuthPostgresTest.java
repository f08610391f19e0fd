package io.switchboard.proxy;

import io.switchboard.testkit.Backend;

class DataPlaneAuthPostgresTest extends DataPlaneAuthSuite {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
