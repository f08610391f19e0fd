package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.account.Account;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.switchboard.testkit.Backend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hour and day buckets read the hourly rollups for whole hours and the minute rollups at the edges. */
class AnalyticsRollupsTest {
  static final long T0 = Instant.parse("2026-01-01T10:00:00Z").toEpochMilli();
  static final long MIN = 60_000;

  static LogEntry at(long millis, int i) {
    return new LogEntry(String.format("01900000-0000-7000-8000-%012d", i), "r" + i, "e" + i, "acct", "g", millis,
        "openai", "gpt-4o-mini", null, "POST", "/chat/completions", 1, null, 5, 200, true, false, 1L, 2L, null, null,
        null, false, Map.of(), "provider", null, null, 0, 0, null, null, true, null, false, null, null, null);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void edgesOfTheRangeComeFromMinutesAndTheMiddleFromHours(Backend backend) {
    try (Backend.Place place = backend.newPlace(); Database db = Database.open(place.settings())) {
      Stores stores = new Stores(db);
      stores.accounts().insert(new Account("acct", Instant.now()));
      LogStore store = stores.logs();
      long[] minutes = {-1, 10, 29, 30, 59, 60, 61, 119, 120, 150, 179, 180, 185, 24 * 60 + 5};
      List<LogEntry> batch = new ArrayList<>();
      for (int i = 0; i < minutes.length; i++) {
        batch.add(at(T0 + minutes[i] * MIN + 1_000, i));
      }
      store.insert(batch.subList(0, 7), Map.of());
      store.insert(batch.subList(7, batch.size()), Map.of());

      Map<String, Long> hourly = counts(store.analytics("acct", new AnalyticsQuery(T0 + 30 * MIN, T0 + 180 * MIN
          + 30_000, 60, List.of(), null, null, null)));
      assertThat(hourly).containsExactly(Map.entry("2026-01-01T10:00:00Z", 2L), Map.entry("2026-01-01T11:00:00Z", 3L),
          Map.entry("2026-01-01T12:00:00Z", 3L), Map.entry("2026-01-01T13:00:00Z", 1L));
      Map<String, Long> daily = counts(store.analytics("acct", new AnalyticsQuery(T0 - 10 * MIN, T0 + 2 * 24 * 60 * MIN,
          1440, List.of("provider"), "g", "openai", null)));
      assertThat(daily).containsExactly(Map.entry("2026-01-01T00:00:00Z", 13L), Map.entry("2026-01-02T00:00:00Z", 1L));
      Map<String, Long> byMinute = counts(store.analytics("acct", new AnalyticsQuery(T0 + 59 * MIN, T0 + 61 * MIN,
          1, List.of(), null, null, null)));
      assertThat(byMinute).containsExactly(Map.entry("2026-01-01T10:59:00Z", 1L), Map.entry("2026-01-01T11:00:00Z", 1L));
      long tokens = store.analytics("acct", new AnalyticsQuery(T0 - 60 * MIN, T0 + 3 * 24 * 60 * MIN, 60, List.of(),
          null, null, null)).stream().mapToLong(o -> o.path("tokens_out").asLong()).sum();
      assertThat(tokens).isEqualTo(2L * minutes.length);
    }
  }

  private static Map<String, Long> counts(List<ObjectNode> rows) {
    Map<String, Long> out = new LinkedHashMap<>();
    rows.forEach(r -> out.merge(r.path("time").asText(), r.path("requests").asLong(), Long::sum));
    return out;
  }
}
