package io.switchboard.secrets;

import io.switchboard.testkit.Backend;

class ProviderConfigsApiPostgresTest extends ProviderConfigsApiSuite {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
