package io.switchboard.store;

import io.switchboard.log.LogQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Deleting logs with their payloads and metadata, keeping the per-gateway count right. Rollups stay. */
final class LogDeletes {
  private LogDeletes() {
  }

  static int matching(Connection c, String accountId, String gatewayId, LogQuery query, int limit) throws SQLException {
    LogWhere where = LogWhere.of(accountId, gatewayId, query);
    String order = " ORDER BY " + query.orderBy() + (query.ascending() ? " ASC" : " DESC");
    List<String> ids = Jdbc.query(c, "SELECT id FROM logs" + where.sql() + order + " LIMIT ?", ps -> {
      int i = where.bind(ps);
      ps.setInt(i, limit);
    }, rs -> rs.getString(1));
    return delete(c, accountId, gatewayId, ids);
  }

  static void oldest(Connection c, String accountId, String gatewayId, long howMany) throws SQLException {
    List<String> ids = Jdbc.query(c, "SELECT id FROM logs WHERE account_id = ? AND gateway_id = ? "
        + "ORDER BY created_at, id LIMIT ?", ps -> {
          ps.setString(1, accountId);
          ps.setString(2, gatewayId);
          ps.setLong(3, howMany);
        }, rs -> rs.getString(1));
    delete(c, accountId, gatewayId, ids);
  }

  private static int delete(Connection c, String accountId, String gatewayId, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    for (String table : List.of("log_payloads", "log_metadata")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE log_id = ?")) {
        for (String id : ids) {
          ps.setString(1, id);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM logs WHERE id = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    LogBatchWriter.addCount(c, accountId, gatewayId, -ids.size());
    return ids.size();
  }
}
