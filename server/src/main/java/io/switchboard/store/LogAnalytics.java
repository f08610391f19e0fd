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

/**
 * Analytics from the rollups: never scans the logs table. Hour and day buckets read the hourly rollups
 * for the whole hours of the range and the per-minute ones only for its partial first and last hours.
 */
final class LogAnalytics {
  private static final Map<String, String> DIMENSIONS = Map.of("gateway", "gateway_id", "provider", "provider",
      "model", "model");
  private static final String COLUMNS = "bucket, gateway_id, provider, model, requests, errors, cached, tokens_in, "
      + "tokens_out, cost_pico";

  private LogAnalytics() {
  }

  static List<ObjectNode> query(Connection c, String accountId, AnalyticsQuery q) throws SQLException {
    List<String> dims = new ArrayList<>();
    for (String d : q.groupBy()) {
      dims.add(DIMENSIONS.get(d));
    }
    String dimSelect = dims.isEmpty() ? "" : ", " + String.join(", ", dims);
    List<Object> params = new ArrayList<>(List.of(q.bucketMinutes(), q.bucketMinutes()));
    StringBuilder sql = new StringBuilder("SELECT (bucket / ?) * ? AS b" + dimSelect + ", SUM(requests), SUM(errors), "
        + "SUM(cached), SUM(tokens_in), SUM(tokens_out), SUM(cost_pico) FROM (");
    sources(sql, params, accountId, q);
    sql.append(") r GROUP BY b").append(dimSelect).append(" ORDER BY b").append(dimSelect);
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

  /** The rollup rows of the range: minutes only, or whole hours from the hourly table plus the minutes at the edges. */
  private static void sources(StringBuilder sql, List<Object> params, String accountId, AnalyticsQuery q) {
    long startMin = Math.floorDiv(q.startMillis(), 60_000);
    long endMin = Math.floorDiv(q.endMillis() + 59_999, 60_000);
    long hourStart = Math.floorDiv(startMin + 59, 60) * 60;
    long hourEnd = Math.floorDiv(endMin, 60) * 60;
    if (q.bucketMinutes() < 60 || hourStart >= hourEnd) {
      source(sql, params, "log_rollups", accountId, startMin, endMin, q);
      return;
    }
    source(sql, params, "log_rollups", accountId, startMin, hourStart, q);
    sql.append(" UNION ALL ");
    source(sql, params, "log_rollups_hour", accountId, hourStart, hourEnd, q);
    sql.append(" UNION ALL ");
    source(sql, params, "log_rollups", accountId, hourEnd, endMin, q);
  }

  private static void source(StringBuilder sql, List<Object> params, String table, String accountId, long from,
      long to, AnalyticsQuery q) {
    sql.append("SELECT ").append(COLUMNS).append(" FROM ").append(table)
        .append(" WHERE account_id = ? AND bucket >= ? AND bucket < ?");
    params.addAll(List.of(accountId, from, to));
    optional(sql, params, "gateway_id", q.gatewayId());
    optional(sql, params, "provider", q.provider());
    optional(sql, params, "model", q.model());
  }

  private static void optional(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }
}
