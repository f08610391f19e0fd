package io.switchboard.store;

import io.switchboard.log.LogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entries per gateway, provider, model, success and cached flag ({@code log_counts_by_outcome}), changed in the
 * same transaction as the rows they count: the total of a logs list whose filters are a {@link LogCountedFilter}.
 */
final class LogOutcomeCounts {
  /** What one entry counts under (null provider or model as ''). */
  record Key(String accountId, String gatewayId, String provider, String model, boolean success, boolean cached) {
    static Key of(String accountId, String gatewayId, String provider, String model, boolean success,
        boolean cached) {
      return new Key(accountId, gatewayId, provider == null ? "" : provider, model == null ? "" : model, success,
          cached);
    }
  }

  private LogOutcomeCounts() {
  }

  static void added(Connection c, List<LogEntry> entries) throws SQLException {
    Map<Key, Long> deltas = new LinkedHashMap<>();
    for (LogEntry e : entries) {
      deltas.merge(Key.of(e.accountId(), e.gatewayId(), e.provider(), e.model(), e.success(), e.cached()), 1L,
          Long::sum);
    }
    apply(c, deltas);
  }

  static void removed(Connection c, List<Key> keys) throws SQLException {
    Map<Key, Long> deltas = new LinkedHashMap<>();
    keys.forEach(k -> deltas.merge(k, -1L, Long::sum));
    apply(c, deltas);
  }

  private static void apply(Connection c, Map<Key, Long> deltas) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO log_counts_by_outcome (account_id, gateway_id, "
        + "provider, model, success, cached, n) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, gateway_id, "
        + "provider, model, success, cached) DO UPDATE SET n = log_counts_by_outcome.n + excluded.n")) {
      for (Map.Entry<Key, Long> d : deltas.entrySet()) {
        Key k = d.getKey();
        ps.setString(1, k.accountId());
        ps.setString(2, k.gatewayId());
        ps.setString(3, k.provider());
        ps.setString(4, k.model());
        ps.setInt(5, k.success() ? 1 : 0);
        ps.setInt(6, k.cached() ? 1 : 0);
        ps.setLong(7, d.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Entries of a gateway that the filter matches. */
  static long total(Jdbc jdbc, String accountId, String gatewayId, LogCountedFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(n), 0) FROM log_counts_by_outcome "
        + "WHERE account_id = ? AND gateway_id = ?");
    in(sql, "provider", filter.providers().size());
    in(sql, "model", filter.models().size());
    if (filter.success() != null) {
      sql.append(" AND success = ?");
    }
    if (filter.cached() != null) {
      sql.append(" AND cached = ?");
    }
    return jdbc.count(sql.toString(), ps -> {
      int i = 1;
      ps.setString(i++, accountId);
      ps.setString(i++, gatewayId);
      for (String p : filter.providers()) {
        ps.setString(i++, p);
      }
      for (String m : filter.models()) {
        ps.setString(i++, m);
      }
      if (filter.success() != null) {
        ps.setInt(i++, filter.success() ? 1 : 0);
      }
      if (filter.cached() != null) {
        ps.setInt(i, filter.cached() ? 1 : 0);
      }
    });
  }

  private static void in(StringBuilder sql, String column, int n) {
    if (n > 0) {
      sql.append(" AND ").append(column).append(" IN (").append("?, ".repeat(n - 1)).append("?)");
    }
  }
}
