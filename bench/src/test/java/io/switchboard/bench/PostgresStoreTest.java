package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the bench derives from a {@code --db-url}: whether to pin the server, how to drop and analyse a schema. */
class PostgresStoreTest {
  @Test
  void theDropCommandTargetsTheUrlsServerDatabaseAndUser() {
    assertThat(PostgresStore.dropCommand("jdbc:postgresql://127.0.0.1:5433/test?user=postgres&ssl=false", "bench_1"))
        .containsExactly("psql", "-q", "-h", "127.0.0.1", "-p", "5433", "-d", "test", "-U", "postgres", "-c",
            "DROP SCHEMA IF EXISTS bench_1 CASCADE");
    assertThat(PostgresStore.dropCommand("jdbc:postgresql://db.internal/logs", "bench_2"))
        .containsExactly("psql", "-q", "-h", "db.internal", "-p", "5432", "-d", "logs", "-c",
            "DROP SCHEMA IF EXISTS bench_2 CASCADE");
  }

  @Test
  void theAnalyzeCommandNamesEveryLogTableOfTheSchema() {
    assertThat(PostgresStore.analyzeCommand("jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "bench_logdata_9"))
        .containsExactly("psql", "-q", "-h", "127.0.0.1", "-p", "5432", "-d", "test", "-U", "postgres", "-c",
            "ANALYZE bench_logdata_9.logs, bench_logdata_9.log_metadata, bench_logdata_9.log_counts, "
                + "bench_logdata_9.log_counts_by_outcome, bench_logdata_9.log_rollups, bench_logdata_9.log_rollups_hour");
  }

  @Test
  void onlyALocalServerIsPinned() {
    assertThat(PostgresStore.isLocal("jdbc:postgresql://127.0.0.1:5432/test")).isTrue();
    assertThat(PostgresStore.isLocal("jdbc:postgresql://localhost/test")).isTrue();
    assertThat(PostgresStore.isLocal("jdbc:postgresql://db.internal:5432/test")).isFalse();
  }
}
