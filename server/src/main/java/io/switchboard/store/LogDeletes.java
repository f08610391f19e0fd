package io.switchboard.store;

import io.switchboard.log.LogQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Deleting logs with their payloads and metadata, keeping the per-gateway and per-model counts right. Rollups stay. */
final class LogDeletes {
  /** What {@link #row} reads: the id and what the entry counts under. */
  private static final String ROW_COLUMNS = "id, provider, model, success, cached";

  private LogDeletes() {
  }

  static int matching(Connection c, String accountId, String gatewayId, LogQuery query, int limit) throws SQLException {
    LogWhere where = LogWhere.of(accountId, gatewayId, query);
    String order = " ORDER BY " + query.orderBy() + (query.ascending() ? " ASC" : " DESC");
    List<Row> rows = Jdbc.query(c, "SELECT " + ROW_COLUMNS + " FROM logs" + where.sql() + order + " LIMIT ?", ps -> {
      int i = where.bind(ps);
      ps.setInt(i, limit);
    }, rs -> row(rs, accountId, gatewayId));
    return delete(c, accountId, gatewayId, rows);
  }

  static void oldest(Connection c, String accountId, String gatewayId, long howMany) throws SQLException {
    List<Row> rows = Jdbc.query(c, "SELECT " + ROW_COLUMNS + " FROM logs WHERE account_id = ? AND gateway_id = ? "
        + "ORDER BY created_at, id LIMIT ?", ps -> {
          ps.setString(1, accountId);
          ps.setString(2, gatewayId);
          ps.setLong(3, howMany);
        }, rs -> row(rs, accountId, gatewayId));
    delete(c, accountId, gatewayId, rows);
  }

  /** A row to delete: its id and what it counts under. */
  private record Row(String id, LogOutcomeCounts.Key key) {
  }

  private static Row row(java.sql.ResultSet rs, String accountId, String gatewayId) throws SQLException {
    return new Row(rs.getString(1), LogOutcomeCounts.Key.of(accountId, gatewayId, rs.getString(2), rs.getString(3),
        rs.getBoolean(4), rs.getBoolean(5)));
  }

  private static int delete(Connection c, String accountId, String gatewayId, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    List<String> ids = rows.stream().map(Row::id).toList();
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
    LogOutcomeCounts.removed(c, rows.stream().map(Row::key).toList());
    return ids.size();
  }
}
