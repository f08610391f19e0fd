package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.account.Account;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.switchboard.testkit.Backend;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The total of a logs list filtered only by provider, model, success and cached equality comes from kept counts; it
 * must equal a real count after inserts, deletes by filter and DELETE_OLDEST caps.
 */
class LogOutcomeCountsTest {
  static final String[][] PAIRS = {{"openai", "gpt-4o-mini"}, {"openai", "gpt-4o"}, {"anthropic", "claude"},
      {null, null}};

  static LogEntry entry(int i) {
    String[] pm = PAIRS[i % PAIRS.length];
    return new LogEntry(String.format("01900000-0000-7000-8000-%012d", i), "r" + i, "e" + i, "acct", "g",
        1_700_000_000_000L + i, pm[0], pm[1], null, "POST", "/chat", 1, null, 5, 200, i % 5 != 0, i % 7 == 0, null,
        null, null,
        null, null, false, Map.of(), "provider", null, null, 0, 0, null, null, true, null, false, null, null, null);
  }

  static LogQuery query(LogFilter... filters) {
    return new LogQuery(List.of(filters), null, "created_at", false, new PageRequest(1, 5));
  }

  static LogFilter eq(String key, String... values) {
    return new LogFilter(key, "eq", List.of((Object[]) values));
  }

  static LogFilter flag(String key, Boolean... values) {
    return new LogFilter(key, "eq", List.of((Object[]) values));
  }

  /** A real COUNT(*) of what the filters match: an extra always-true filter keeps the kept counts out. */
  static long counted(LogStore store, LogFilter... filters) {
    List<LogFilter> slow = new ArrayList<>(List.of(filters));
    slow.add(new LogFilter("duration", "gte", List.of(0)));
    return store.list("acct", "g", query(slow.toArray(LogFilter[]::new))).total();
  }

  /** The fast total (counts table) equals a real COUNT(*) and the expected number. */
  static void assertTotal(LogStore store, long expected, LogFilter... filters) {
    long fast = store.list("acct", "g", query(filters)).total();
    assertThat(fast).as("kept count").isEqualTo(counted(store, filters)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void keptCountsMatchRealCounts(Backend backend) {
    try (Backend.Place place = backend.newPlace(); Database db = Database.open(place.settings())) {
      Stores stores = new Stores(db);
      stores.accounts().insert(new Account("acct", Instant.now()));
      LogStore store = stores.logs();
      List<LogEntry> batch = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        batch.add(entry(i));
      }
      store.insert(batch, Map.of());
      assertTotal(store, 20, eq("provider", "openai"));
      assertTotal(store, 10, eq("provider", "openai"), eq("model", "gpt-4o"));
      assertTotal(store, 30, eq("provider", "openai", "anthropic"));
      assertTotal(store, 10, eq("model", "claude"));
      assertTotal(store, 0, eq("provider", "nobody"));
      assertTotal(store, 8, flag("success", false));
      assertTotal(store, 32, flag("success", true));
      assertTotal(store, 40, flag("success", true, false));
      assertTotal(store, 6, flag("cached", true));
      assertTotal(store, 2, flag("success", false), flag("cached", true));
      assertTotal(store, 4, eq("provider", "openai"), flag("success", false));
      assertTotal(store, 8, new LogFilter("success", "eq", List.of("false")));

      assertThat(store.delete("acct", "g", query(eq("model", "gpt-4o-mini")), 4)).isEqualTo(4);
      assertTotal(store, 16, eq("provider", "openai"));
      List<LogEntry> more = new ArrayList<>();
      for (int i = 40; i < 48; i++) {
        more.add(entry(i));
      }
      store.insert(more, Map.of("g", new LogStore.LogCap(30, true)));
      assertThat(store.count("acct", "g")).isEqualTo(30);
      for (LogFilter f : List.of(eq("provider", "openai"), eq("model", "claude"), flag("success", true),
          flag("success", false), flag("cached", true), flag("cached", false))) {
        assertTotal(store, counted(store, f), f);
      }
    }
  }

  /** Migration V8 fills the counts from the rows already stored: rerun on a store taken back to V7. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void migrationCountsTheRowsAlreadyStored(Backend backend) throws Exception {
    try (Backend.Place place = backend.newPlace()) {
      try (Database db = Database.open(place.settings())) {
        Stores stores = new Stores(db);
        stores.accounts().insert(new Account("acct", Instant.now()));
        List<LogEntry> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          batch.add(entry(i));
        }
        stores.logs().insert(batch, Map.of());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
          s.execute("DROP TABLE log_counts_by_outcome");
          s.execute("CREATE TABLE log_counts_by_model (account_id TEXT NOT NULL, gateway_id TEXT NOT NULL,"
              + " provider TEXT NOT NULL, model TEXT NOT NULL, n BIGINT NOT NULL,"
              + " PRIMARY KEY (account_id, gateway_id, provider, model))");
          s.execute("DELETE FROM flyway_schema_history WHERE version = '8'");
        }
      }
      try (Database db = Database.open(place.settings())) {
        LogStore store = new Stores(db).logs();
        assertTotal(store, 20, eq("provider", "openai"));
        assertTotal(store, 8, flag("success", false));
        assertTotal(store, 2, flag("success", false), flag("cached", true));
        assertTotal(store, 3, eq("provider", "anthropic", "openai"), flag("cached", true), flag("success", true));
      }
    }
  }
}
