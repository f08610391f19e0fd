package io.switchboard.store;

import io.switchboard.log.LogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entries per gateway, provider and model ({@code log_counts_by_model}), changed in the same
 * transaction as the rows they count: the total of a logs list filtered only by provider and model.
 */
final class LogModelCounts {
  /** The gateway, provider and model of one entry (null provider or model as ''). */
  record Key(String accountId, String gatewayId, String provider, String model) {
    static Key of(String accountId, String gatewayId, String provider, String model) {
      return new Key(accountId, gatewayId, provider == null ? "" : provider, model == null ? "" : model);
    }
  }

  private LogModelCounts() {
  }

  static void added(Connection c, List<LogEntry> entries) throws SQLException {
    Map<Key, Long> deltas = new LinkedHashMap<>();
    for (LogEntry e : entries) {
      deltas.merge(Key.of(e.accountId(), e.gatewayId(), e.provider(), e.model()), 1L, Long::sum);
    }
    apply(c, deltas);
  }

  static void removed(Connection c, List<Key> keys) throws SQLException {
    Map<Key, Long> deltas = new LinkedHashMap<>();
    keys.forEach(k -> deltas.merge(k, -1L, Long::sum));
    apply(c, deltas);
  }

  private static void apply(Connection c, Map<Key, Long> deltas) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO log_counts_by_model (account_id, gateway_id, provider, "
        + "model, n) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, gateway_id, provider, model) "
        + "DO UPDATE SET n = log_counts_by_model.n + excluded.n")) {
      for (Map.Entry<Key, Long> d : deltas.entrySet()) {
        ps.setString(1, d.getKey().accountId());
        ps.setString(2, d.getKey().gatewayId());
        ps.setString(3, d.getKey().provider());
        ps.setString(4, d.getKey().model());
        ps.setLong(5, d.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Entries of a gateway whose provider is one of {@code providers} (any when empty) and model one of {@code models}. */
  static long total(Jdbc jdbc, String accountId, String gatewayId, List<String> providers, List<String> models) {
    StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(n), 0) FROM log_counts_by_model "
        + "WHERE account_id = ? AND gateway_id = ?");
    in(sql, "provider", providers.size());
    in(sql, "model", models.size());
    return jdbc.count(sql.toString(), ps -> {
      int i = 1;
      ps.setString(i++, accountId);
      ps.setString(i++, gatewayId);
      for (String p : providers) {
        ps.setString(i++, p);
      }
      for (String m : models) {
        ps.setString(i++, m);
      }
    });
  }

  private static void in(StringBuilder sql, String column, int n) {
    if (n > 0) {
      sql.append(" AND ").append(column).append(" IN (").append("?, ".repeat(n - 1)).append("?)");
    }
  }
}
