package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.account.Account;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.switchboard.testkit.Backend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The total of a logs list filtered only by provider and model comes from kept counts; it must equal a
 * real count after inserts, deletes by filter and DELETE_OLDEST caps.
 */
class LogModelCountsTest {
  static final String[][] PAIRS = {{"openai", "gpt-4o-mini"}, {"openai", "gpt-4o"}, {"anthropic", "claude"},
      {null, null}};

  static LogEntry entry(int i) {
    String[] pm = PAIRS[i % PAIRS.length];
    return new LogEntry(String.format("01900000-0000-7000-8000-%012d", i), "r" + i, "e" + i, "acct", "g",
        1_700_000_000_000L + i, pm[0], pm[1], null, "POST", "/chat", 1, null, 5, 200, true, false, null, null, null,
        null, null, false, Map.of(), "provider", null, null, 0, 0, null, null, true, null, false, null, null, null);
  }

  static LogQuery query(LogFilter... filters) {
    return new LogQuery(List.of(filters), null, "created_at", false, new PageRequest(1, 5));
  }

  static LogFilter eq(String key, String... values) {
    return new LogFilter(key, "eq", List.of((Object[]) values));
  }

  /** The fast total (counts table) and a real COUNT(*) (an extra always-true filter forces it). */
  static void assertTotal(LogStore store, long expected, LogFilter... filters) {
    long fast = store.list("acct", "g", query(filters)).total();
    List<LogFilter> slow = new ArrayList<>(List.of(filters));
    slow.add(new LogFilter("success", "eq", List.of(true)));
    long counted = store.list("acct", "g", query(slow.toArray(LogFilter[]::new))).total();
    assertThat(fast).as("kept count").isEqualTo(counted).isEqualTo(expected);
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

      assertThat(store.delete("acct", "g", query(eq("model", "gpt-4o-mini")), 4)).isEqualTo(4);
      assertTotal(store, 16, eq("provider", "openai"));
      List<LogEntry> more = new ArrayList<>();
      for (int i = 40; i < 48; i++) {
        more.add(entry(i));
      }
      store.insert(more, Map.of("g", new LogStore.LogCap(30, true)));
      assertThat(store.count("acct", "g")).isEqualTo(30);
      long openai = store.list("acct", "g", query(eq("provider", "openai"), new LogFilter("success", "eq",
          List.of(true)))).total();
      assertTotal(store, openai, eq("provider", "openai"));
      assertTotal(store, store.list("acct", "g", query(eq("model", "claude"), new LogFilter("success", "eq",
          List.of(true)))).total(), eq("model", "claude"));
    }
  }
}
