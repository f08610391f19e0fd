package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.account.Account;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.switchboard.testkit.Backend;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The log store on both databases: both cap strategies, exact costs and rollups, payload round trip. */
class LogStoreCapTest {
  static LogEntry entry(String gateway, int i, BigDecimal cost) {
    return new LogEntry(String.format("01900000-0000-7000-8000-%012d", i), "r" + i, "e" + i, "acct", gateway,
        1_700_000_000_000L + i, "openai", "gpt-4o-mini", null, "POST", "/chat/completions", 1, null, 5, 200, true,
        false, 10L, 20L, null, null, cost, false, Map.of("i", i), "provider", "application/json", "application/json",
        2, 2, Buffer.buffer("{}"), Buffer.buffer("ok"), true, "ua", false, null, null, null);
  }

  private static List<String> ids(LogStore store, String gateway) {
    List<String> out = new ArrayList<>();
    store.list("acct", gateway, LogQueryParser.parse(io.vertx.core.MultiMap.caseInsensitiveMultiMap()
        .add("per_page", "50").add("order_by_direction", "asc"), false)).items()
        .forEach(o -> out.add(o.path("id").asText()));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void deleteOldestKeepsTheNewestAndStopInsertingKeepsTheFirst(Backend backend) {
    try (Backend.Place place = backend.newPlace(); Database db = Database.open(place.settings())) {
      Stores stores = new Stores(db);
      stores.accounts().insert(new Account("acct", Instant.now()));
      LogStore store = stores.logs();
      List<LogEntry> batch = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        batch.add(entry("rolling", i, null));
      }
      store.insert(batch.subList(0, 4), Map.of("rolling", new LogStore.LogCap(5, true)));
      store.insert(batch.subList(4, 8), Map.of("rolling", new LogStore.LogCap(5, true)));
      assertThat(ids(store, "rolling")).containsExactly(batch.subList(3, 8).stream().map(LogEntry::id)
          .toArray(String[]::new));
      assertThat(store.count("acct", "rolling")).isEqualTo(5);

      List<LogEntry> stop = new ArrayList<>();
      for (int i = 100; i < 108; i++) {
        stop.add(entry("capped", i, null));
      }
      assertThat(store.insert(stop.subList(0, 4), Map.of("capped", new LogStore.LogCap(5, false)))).isEqualTo(4);
      assertThat(store.insert(stop.subList(4, 8), Map.of("capped", new LogStore.LogCap(5, false)))).isEqualTo(1);
      assertThat(ids(store, "capped")).containsExactly(stop.subList(0, 5).stream().map(LogEntry::id)
          .toArray(String[]::new));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void tinyCostsStayExactInLogsAndRollups(Backend backend) {
    try (Backend.Place place = backend.newPlace(); Database db = Database.open(place.settings())) {
      Stores stores = new Stores(db);
      stores.accounts().insert(new Account("acct", Instant.now()));
      LogStore store = stores.logs();
      BigDecimal tiny = new BigDecimal("0.00000015");
      store.insert(List.of(entry("g", 1, tiny), entry("g", 2, new BigDecimal("0.0000000375"))), Map.of());
      var log = store.find("acct", "g", entry("g", 1, null).id()).orElseThrow();
      assertThat(log.path("cost").decimalValue()).isEqualByComparingTo(tiny);
      assertThat(io.switchboard.json.Json.write(log)).contains("\"cost\":0.00000015");
      var rows = store.analytics("acct", new AnalyticsQuery(1_699_999_000_000L, 1_700_000_100_000L, 1440,
          List.of("model"), "g", null, null));
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).path("cost").decimalValue()).isEqualByComparingTo("0.0000001875");
      assertThat(rows.get(0).path("tokens_in").asLong()).isEqualTo(20);
      var body = store.body("acct", "g", entry("g", 1, null).id(), true).orElseThrow();
      assertThat(new String(body.bytes())).isEqualTo("{}");
    }
  }
}
