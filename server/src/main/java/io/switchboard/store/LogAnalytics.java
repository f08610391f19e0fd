package io.switchboard.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.log.AnalyticsQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Analytics from the per-minute rollups: never scans the logs table. */
final class LogAnalytics {
  private static final Map<String, String> DIMENSIONS = Map.of("gateway", "gateway_id", "provider", "provider",
      "model", "model");

  private LogAnalytics() {
  }

  static List<ObjectNode> query(Connection c, String accountId, AnalyticsQuery q) throws SQLException {
    List<String> dims = new ArrayList<>();
    for (String d : q.groupBy()) {
      dims.add(DIMENSIONS.get(d));
    }
    String dimSelect = dims.isEmpty() ? "" : ", " + String.join(", ", dims);
    StringBuilder sql = new StringBuilder("SELECT (bucket / ?) * ? AS b" + dimSelect + ", SUM(requests), SUM(errors), "
        + "SUM(cached), SUM(tokens_in), SUM(tokens_out), SUM(cost_pico) FROM log_rollups "
        + "WHERE account_id = ? AND bucket >= ? AND bucket < ?");
    List<Object> params = new ArrayList<>(List.of(q.bucketMinutes(), q.bucketMinutes(), accountId,
        Math.floorDiv(q.startMillis(), 60_000), Math.floorDiv(q.endMillis() + 59_999, 60_000)));
    optional(sql, params, "gateway_id", q.gatewayId());
    optional(sql, params, "provider", q.provider());
    optional(sql, params, "model", q.model());
    sql.append(" GROUP BY b").append(dimSelect).append(" ORDER BY b").append(dimSelect);
    return Jdbc.query(c, sql.toString(), ps -> {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
    }, rs -> {
      ObjectNode o = Json.object();
      o.put("time", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(rs.getLong(1) * 60)));
      int col = 2;
      for (String d : q.groupBy()) {
        o.put(d, rs.getString(col++));
      }
      o.put("requests", rs.getLong(col++));
      o.put("errors", rs.getLong(col++));
      o.put("cached", rs.getLong(col++));
      o.put("tokens_in", rs.getLong(col++));
      o.put("tokens_out", rs.getLong(col++));
      o.put("cost", LogCodec.fromPico(rs.getLong(col)));
      return o;
    });
  }

  private static void optional(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }
}
