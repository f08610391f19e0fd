package io.switchboard.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Converts log columns to and from their stored forms: costs as picodollars, rows as API JSON. */
final class LogCodec {
  static final String LIST_COLUMNS = "id, created_at, provider, model, model_type, path, duration, success, cached, "
      + "status_code, tokens_in, tokens_out, cache_read_tokens, cache_write_tokens, cost_pico, custom_cost, metadata, "
      + "request_type, request_content_type, response_content_type, step, attempt, event_id, request_id, user_agent, "
      + "feedback, score, authentication, dlp_action, method";
  static final String DETAIL_COLUMNS = LIST_COLUMNS + ", request_size, response_size, request_head_complete, "
      + "response_head_complete, error, guardrail";

  private LogCodec() {
  }

  /** USD to picodollars (1e-12): exact for any price with up to 12 decimal places per token. */
  static Long toPico(BigDecimal usd) {
    return usd == null ? null : usd.movePointRight(12).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  static BigDecimal fromPico(long pico) {
    BigDecimal usd = BigDecimal.valueOf(pico, 12).stripTrailingZeros();
    return usd.scale() < 0 ? usd.setScale(0) : usd;
  }

  static ObjectNode row(ResultSet rs, boolean detail) throws SQLException {
    ObjectNode o = Json.object();
    o.put("id", rs.getString("id"));
    o.put("created_at", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(rs.getLong("created_at"))));
    text(o, rs, "provider");
    text(o, rs, "model");
    text(o, rs, "model_type");
    text(o, rs, "path");
    text(o, rs, "method");
    o.put("duration", rs.getLong("duration"));
    o.put("success", rs.getBoolean("success"));
    o.put("cached", rs.getBoolean("cached"));
    number(o, rs, "status_code");
    number(o, rs, "tokens_in");
    number(o, rs, "tokens_out");
    number(o, rs, "cache_read_tokens");
    number(o, rs, "cache_write_tokens");
    long pico = rs.getLong("cost_pico");
    if (rs.wasNull()) {
      o.putNull("cost");
    } else {
      o.put("cost", fromPico(pico));
    }
    o.put("custom_cost", rs.getBoolean("custom_cost"));
    text(o, rs, "metadata");
    text(o, rs, "request_type");
    text(o, rs, "request_content_type");
    text(o, rs, "response_content_type");
    number(o, rs, "step");
    o.put("attempt", rs.getInt("attempt"));
    text(o, rs, "event_id");
    text(o, rs, "request_id");
    text(o, rs, "user_agent");
    number(o, rs, "feedback");
    number(o, rs, "score");
    o.put("authentication", rs.getBoolean("authentication"));
    text(o, rs, "dlp_action");
    if (detail) {
      o.put("request_size", rs.getLong("request_size"));
      o.put("response_size", rs.getLong("response_size"));
      bool(o, rs, "request_head_complete");
      bool(o, rs, "response_head_complete");
      text(o, rs, "error");
      text(o, rs, "guardrail");
    }
    return o;
  }

  static String metadataJson(Map<String, Object> metadata) {
    if (metadata.isEmpty()) {
      return null;
    }
    ObjectNode o = Json.object();
    metadata.forEach((k, v) -> o.set(k, Json.mapper().valueToTree(v)));
    return Json.write(o);
  }

  private static void text(ObjectNode o, ResultSet rs, String column) throws SQLException {
    o.put(column, rs.getString(column));
  }

  /** A nullable numeric column: whole numbers as longs, others (score) as doubles. */
  private static void number(ObjectNode o, ResultSet rs, String column) throws SQLException {
    Object v = rs.getObject(column);
    if (v == null) {
      o.putNull(column);
    } else if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
      o.put(column, ((Number) v).doubleValue());
    } else {
      o.put(column, ((Number) v).longValue());
    }
  }

  private static void bool(ObjectNode o, ResultSet rs, String column) throws SQLException {
    boolean v = rs.getBoolean(column);
    if (rs.wasNull()) {
      o.putNull(column);
    } else {
      o.put(column, v);
    }
  }
}
