package io.switchboard.store;

import io.switchboard.log.LogEntry;
import io.switchboard.log.Payloads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/** A batch's rows as batched prepared inserts (SQLite, where the store runs in the gateway's process). */
final class LogRowsInsert implements LogRows {
  private static final String INSERT = "INSERT INTO logs (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(COLUMN_COUNT - 1) + "?)";

  @Override
  public void insert(Connection c, List<LogEntry> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (LogEntry e : rows) {
        bindEntry(ps, e);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement payloads = c.prepareStatement(
        "INSERT INTO log_payloads (log_id, request_body, response_body) VALUES (?, ?, ?)");
        PreparedStatement meta = c.prepareStatement("INSERT INTO log_metadata (log_id, key, value) VALUES (?, ?, ?)")) {
      for (LogEntry e : rows) {
        if (e.requestBody() != null || e.responseBody() != null) {
          payloads.setString(1, e.id());
          payloads.setBytes(2, e.requestBody() == null ? null : Payloads.encode(e.requestBody()));
          payloads.setBytes(3, e.responseBody() == null ? null : Payloads.encode(e.responseBody()));
          payloads.addBatch();
        }
        for (Map.Entry<String, Object> m : e.metadata().entrySet()) {
          meta.setString(1, e.id());
          meta.setString(2, m.getKey());
          meta.setString(3, String.valueOf(m.getValue()));
          meta.addBatch();
        }
      }
      payloads.executeBatch();
      meta.executeBatch();
    }
  }

  private static void bindEntry(PreparedStatement ps, LogEntry e) throws SQLException {
    int i = 1;
    ps.setString(i++, e.id());
    ps.setString(i++, e.accountId());
    ps.setString(i++, e.gatewayId());
    ps.setString(i++, e.requestId());
    ps.setString(i++, e.eventId());
    ps.setLong(i++, e.createdAtMillis());
    ps.setString(i++, e.provider());
    ps.setString(i++, e.model());
    ps.setString(i++, e.modelType());
    ps.setString(i++, e.method());
    ps.setString(i++, e.path());
    ps.setInt(i++, e.attempt());
    JdbcLogStore.setLong(ps, i++, LogRows.longOrNull(e.step()));
    ps.setLong(i++, e.durationMs());
    JdbcLogStore.setLong(ps, i++, LogRows.longOrNull(e.statusCode()));
    ps.setBoolean(i++, e.success());
    ps.setBoolean(i++, e.cached());
    JdbcLogStore.setLong(ps, i++, e.tokensIn());
    JdbcLogStore.setLong(ps, i++, e.tokensOut());
    JdbcLogStore.setLong(ps, i++, e.cacheReadTokens());
    JdbcLogStore.setLong(ps, i++, e.cacheWriteTokens());
    JdbcLogStore.setLong(ps, i++, LogCodec.toPico(e.cost()));
    ps.setBoolean(i++, e.customCost());
    ps.setString(i++, LogCodec.metadataJson(e.metadata()));
    ps.setString(i++, e.requestType());
    ps.setString(i++, e.requestContentType());
    ps.setString(i++, e.responseContentType());
    ps.setLong(i++, e.requestSize());
    ps.setLong(i++, e.responseSize());
    setBool(ps, i++, LogRows.requestComplete(e));
    setBool(ps, i++, LogRows.responseComplete(e));
    ps.setString(i++, e.userAgent());
    ps.setBoolean(i++, e.authenticated());
    ps.setString(i++, e.error());
    ps.setString(i++, e.dlpAction());
    ps.setString(i, e.guardrail());
  }

  private static void setBool(PreparedStatement ps, int i, Boolean v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BOOLEAN);
    } else {
      ps.setBoolean(i, v);
    }
  }
}
