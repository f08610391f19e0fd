package io.switchboard.store;

import io.switchboard.log.LogEntry;
import io.switchboard.log.Payloads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How a batch's rows reach {@code logs}, {@code log_payloads} and {@code log_metadata}, inside the
 * batch's transaction: batched prepared inserts on SQLite ({@link LogRowsInsert}), binary COPY on
 * PostgreSQL ({@link LogRowsCopy}), which costs the gateway's writer thread about a third as much.
 * Both store the same values.
 */
interface LogRows {
  /** The columns of {@code logs} a new entry sets, in the order both writers use. */
  String COLUMNS = "id, account_id, gateway_id, request_id, event_id, created_at, provider, model, model_type, method, "
      + "path, attempt, step, duration, status_code, success, cached, tokens_in, tokens_out, cache_read_tokens, "
      + "cache_write_tokens, cost_pico, custom_cost, metadata, request_type, request_content_type, "
      + "response_content_type, request_size, response_size, request_head_complete, response_head_complete, "
      + "user_agent, authentication, error, dlp_action, guardrail";
  int COLUMN_COUNT = COLUMNS.split(",").length;

  void insert(Connection c, List<LogEntry> rows) throws SQLException;

  static LogRows of(Dialect dialect) {
    return dialect == Dialect.POSTGRES ? new LogRowsCopy() : new LogRowsInsert();
  }

  /** Whether the stored request body is whole (null when no body is stored). */
  static Boolean requestComplete(LogEntry e) {
    return e.requestBody() == null ? null : e.requestBody().length() <= Payloads.MAX_BYTES;
  }

  /** Whether the stored response body is whole (null when no body is stored). */
  static Boolean responseComplete(LogEntry e) {
    return e.responseBody() == null ? null : e.responseComplete();
  }

  static Long longOrNull(Integer v) {
    return v == null ? null : v.longValue();
  }
}
