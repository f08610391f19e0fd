package io.switchboard.provider;

import java.util.List;
import java.util.UUID;

/**
 * {@link CustomProvidersApiTest} on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}), in a fresh schema per test.
 */
class CustomProvidersPostgresApiTest extends CustomProvidersApiTest {
  private final String schema = "cp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  @Override
  protected List<String> storeArgs() {
    return List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "--db-schema", schema);
  }
}
