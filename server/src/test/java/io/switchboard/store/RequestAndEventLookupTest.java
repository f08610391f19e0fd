package io.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.account.Account;
import io.switchboard.log.LogEntry;
import io.switchboard.log.LogFilter;
import io.switchboard.log.LogQuery;
import io.switchboard.log.LogStore;
import io.switchboard.paging.PageRequest;
import io.switchboard.testkit.Backend;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * request_id and event_id equality finds every entry whichever index holds it: a first attempt (its id is the
 * request and event id, so it is only in the primary key), a later attempt, and a client's own event id; on
 * SQLite, whose indexes on those columns leave out the first kind, the plan reads indexes and never scans logs.
 */
class RequestAndEventLookupTest {
  private static final String ACCOUNT = "acct";
  private static final String GATEWAY = "g";
  private static final String FIRST = "01900000-0000-7000-8000-000000000001";
  private static final String RETRY = "01900000-0000-7000-8000-000000000002";
  private static final String OWN_EVENT = "01900000-0000-7000-8000-000000000003";
  private static final String OTHER = "01900000-0000-7000-8000-000000000004";

  @Test
  void equalityFindsFirstAttemptsRetriesAndClientEventIdsOnBothStores() {
    for (Backend backend : Backend.values()) {
      try (Backend.Place place = backend.newPlace(); Database db = Database.open(place.settings())) {
        Stores stores = new Stores(db);
        stores.accounts().insert(new Account(ACCOUNT, Instant.now()));
        LogStore store = stores.logs();
        store.insert(List.of(entry(FIRST, FIRST, FIRST, 1), entry(RETRY, FIRST, FIRST, 2),
            entry(OWN_EVENT, OWN_EVENT, "evt-own", 3), entry(OTHER, OTHER, OTHER, 4)), Map.of());
        assertThat(ids(store, "request_id", "eq", FIRST)).as(backend.name()).containsExactly(RETRY, FIRST);
        assertThat(ids(store, "event_id", "eq", FIRST)).as(backend.name()).containsExactly(RETRY, FIRST);
        assertThat(ids(store, "event_id", "eq", "evt-own")).as(backend.name()).containsExactly(OWN_EVENT);
        assertThat(ids(store, "event_id", "eq", OWN_EVENT)).as(backend.name()).isEmpty();
        assertThat(ids(store, "request_id", "eq", RETRY)).as(backend.name()).isEmpty();
        assertThat(ids(store, "request_id", "eq", FIRST, OTHER)).as(backend.name())
            .containsExactly(OTHER, RETRY, FIRST);
        assertThat(ids(store, "request_id", "neq", FIRST)).as(backend.name()).containsExactly(OTHER, OWN_EVENT);
        assertThat(store.list(ACCOUNT, GATEWAY, query("event_id", "eq", FIRST)).total()).isEqualTo(2);
      }
    }
  }

  @Test
  void sqliteLooksUpThroughThePrimaryKeyAndThePartialIndexes() throws SQLException {
    try (Backend.Place place = Backend.SQLITE.newPlace(); Database db = Database.open(place.settings());
        Connection c = db.dataSource().getConnection()) {
      for (String key : List.of("request_id", "event_id")) {
        LogWhere where = LogWhere.of(ACCOUNT, GATEWAY, query(key, "eq", FIRST));
        for (String sql : List.of("SELECT id FROM logs" + where.sql() + " ORDER BY created_at DESC LIMIT 50",
            "SELECT COUNT(*) FROM logs" + where.sql())) {
          assertThat(plan(c, sql, where)).as(sql).doesNotContain("SCAN logs").contains("sqlite_autoindex_logs_1")
              .contains(key.equals("request_id") ? "logs_by_request" : "logs_by_event");
        }
      }
    }
  }

  private static String plan(Connection c, String sql, LogWhere where) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
      where.bind(ps);
      StringBuilder out = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.append(rs.getString("detail")).append('\n');
        }
      }
      return out.toString();
    }
  }

  private static List<String> ids(LogStore store, String key, String op, Object... values) {
    List<String> out = new ArrayList<>();
    store.list(ACCOUNT, GATEWAY, query(key, op, values)).items().forEach(o -> out.add(o.path("id").asText()));
    return out;
  }

  private static LogQuery query(String key, String op, Object... values) {
    return new LogQuery(List.of(new LogFilter(key, op, List.of(values))), null, "created_at", false,
        new PageRequest(1, 50));
  }

  private static LogEntry entry(String id, String requestId, String eventId, int at) {
    return new LogEntry(id, requestId, eventId, ACCOUNT, GATEWAY, 1_700_000_000_000L + at, "openai", "gpt-4o-mini",
        "chat", "POST", "/chat/completions", 1, null, 5, 200, true, false, 10L, 20L, null, null,
        new BigDecimal("0.00001305"), false, Map.of(), "provider", "application/json", "application/json", 2, 2,
        null, null, true, "ua", false, null, null, null);
  }
}
