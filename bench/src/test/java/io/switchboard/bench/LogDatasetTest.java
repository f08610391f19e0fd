package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query dataset on both stores: generated once, reused while the store still counts its rows, and timed. */
class LogDatasetTest {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final long ROWS = 2_500;

  @TempDir
  Path dir;

  @Test
  void sqliteDatasetIsGeneratedOnceThenReused() {
    check(dir.resolve("sqlite-" + ROWS), null);
  }

  @Test
  void postgresDatasetIsGeneratedIntoItsSchemaThenReused() {
    PostgresStore.drop(POSTGRES, LogDataset.schema(ROWS));
    try {
      check(dir.resolve("postgres-" + ROWS), POSTGRES);
    } finally {
      PostgresStore.drop(POSTGRES, LogDataset.schema(ROWS));
    }
  }

  @Test
  void aDatasetWhoseSchemaIsGoneIsGeneratedAgain() {
    Path where = dir.resolve("postgres-" + ROWS);
    try {
      LogDataset.Info first = LogDataset.ensure(where, ROWS, POSTGRES, s -> { });
      assertThat(PostgresStore.drop(POSTGRES, LogDataset.schema(ROWS))).isZero();
      List<String> progress = new ArrayList<>();
      LogDataset.Info again = LogDataset.ensure(where, ROWS, POSTGRES, progress::add);
      assertThat(progress).noneMatch(line -> line.startsWith("reusing"));
      assertThat(again).isNotEqualTo(first);
      // the regenerated rows are all counted again, so the next run reuses them
      List<String> third = new ArrayList<>();
      assertThat(LogDataset.ensure(where, ROWS, POSTGRES, third::add)).isEqualTo(again);
      assertThat(third).singleElement().asString().startsWith("reusing " + ROWS + " log rows (PostgreSQL at ");
    } finally {
      PostgresStore.drop(POSTGRES, LogDataset.schema(ROWS));
    }
  }

  private static void check(Path where, String dbUrl) {
    LogDataset.Info made = LogDataset.ensure(where, ROWS, dbUrl, s -> { });
    assertThat(made.rows()).isEqualTo(ROWS);
    assertThat(made.dbUrl()).isEqualTo(dbUrl);

    List<String> progress = new ArrayList<>();
    LogDataset.Info reused = LogDataset.ensure(where, ROWS, dbUrl, progress::add);
    assertThat(progress).singleElement().asString().startsWith("reusing " + ROWS + " log rows");
    assertThat(reused).isEqualTo(made);

    List<LogQueries.Timing> timings = LogQueries.run(reused, 1, s -> { });
    assertThat(timings).hasSize(9);
    assertThat(timings.subList(0, 3)).allSatisfy(t -> assertThat(t.rows()).isPositive());
    assertThat(timings.subList(3, 6)).allSatisfy(t -> assertThat(t.rows()).isEqualTo(20));
    assertThat(timings.get(6).rows()).as("failed requests").isPositive();
    assertThat(timings.subList(7, 9)).as("request and event id lookups of the oldest entry")
        .allSatisfy(t -> assertThat(t.rows()).isEqualTo(1));
  }
}
