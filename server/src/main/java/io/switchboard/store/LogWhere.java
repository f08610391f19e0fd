package io.switchboard.store;

import io.switchboard.error.GatewayException;
import io.switchboard.log.LogFilter;
import io.switchboard.log.LogQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the WHERE clause of a logs query from whitelisted column expressions and {@code ?}
 * placeholders only; values are bound, never spliced into the SQL text.
 */
final class LogWhere {
  private enum Kind { TEXT, BOOL, NUMBER, TIME, COST }

  private record Column(String sql, Kind kind) {
  }

  private static final Map<String, Column> COLUMNS = Map.ofEntries(
      Map.entry("id", new Column("id", Kind.TEXT)),
      Map.entry("created_at", new Column("created_at", Kind.TIME)),
      Map.entry("request_content_type", new Column("request_content_type", Kind.TEXT)),
      Map.entry("response_content_type", new Column("response_content_type", Kind.TEXT)),
      Map.entry("request_type", new Column("request_type", Kind.TEXT)),
      Map.entry("success", new Column("success", Kind.BOOL)),
      Map.entry("cached", new Column("cached", Kind.BOOL)),
      Map.entry("provider", new Column("provider", Kind.TEXT)),
      Map.entry("model", new Column("model", Kind.TEXT)),
      Map.entry("model_type", new Column("model_type", Kind.TEXT)),
      Map.entry("cost", new Column("cost_pico", Kind.COST)),
      Map.entry("tokens", new Column("(CASE WHEN tokens_in IS NULL AND tokens_out IS NULL THEN NULL "
          + "ELSE COALESCE(tokens_in, 0) + COALESCE(tokens_out, 0) END)", Kind.NUMBER)),
      Map.entry("tokens_in", new Column("tokens_in", Kind.NUMBER)),
      Map.entry("tokens_out", new Column("tokens_out", Kind.NUMBER)),
      Map.entry("duration", new Column("duration", Kind.NUMBER)),
      Map.entry("feedback", new Column("feedback", Kind.NUMBER)),
      Map.entry("score", new Column("score", Kind.NUMBER)),
      Map.entry("status_code", new Column("status_code", Kind.NUMBER)),
      Map.entry("event_id", new Column("event_id", Kind.TEXT)),
      Map.entry("request_id", new Column("request_id", Kind.TEXT)),
      Map.entry("user_agent", new Column("user_agent", Kind.TEXT)),
      Map.entry("dlp_action", new Column("dlp_action", Kind.TEXT)),
      Map.entry("authentication", new Column("authentication", Kind.BOOL)),
      Map.entry("wholesale", new Column("(1 = 0)", Kind.BOOL)),
      Map.entry("compatibilityMode", new Column("(path LIKE '/compat/%')", Kind.BOOL)),
      Map.entry("metadata.key", new Column("m.key", Kind.TEXT)),
      Map.entry("metadata.value", new Column("m.value", Kind.TEXT)));

  /** Filter keys whose column's index leaves out the entries where the column equals the entry's id. */
  private static final Set<String> PARTIALLY_INDEXED = Set.of("request_id", "event_id");

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  /**
   * {@code account_id = ? AND gateway_id = ?} (the account as {@code account_id || ''} when a filter looks up request
   * or event ids) plus the query's filters and search.
   */
  static LogWhere of(String accountId, String gatewayId, LogQuery query) {
    LogWhere w = new LogWhere();
    // Without table statistics SQLite's planner prefers the gateway's time index to any other; a lookup by request
    // or event id matches a few entries, so the account is compared as an expression there, leaving the planner
    // the primary key and the request and event indexes (logs_by_event starts with gateway_id).
    boolean idLookup = query.filters().stream().anyMatch(LogWhere::isIdLookup);
    w.sql.append(idLookup ? " WHERE account_id || '' = ? AND gateway_id = ?"
        : " WHERE account_id = ? AND gateway_id = ?");
    w.params.add(accountId);
    w.params.add(gatewayId);
    for (LogFilter f : query.filters()) {
      w.filter(f);
    }
    if (query.search() != null && !query.search().isBlank()) {
      String like = "%" + escape(query.search().toLowerCase(Locale.ROOT)) + "%";
      w.sql.append(" AND (LOWER(id) LIKE ? ESCAPE '\\' OR LOWER(provider) LIKE ? ESCAPE '\\'"
          + " OR LOWER(model) LIKE ? ESCAPE '\\' OR LOWER(path) LIKE ? ESCAPE '\\' OR LOWER(event_id) LIKE ? ESCAPE '\\')");
      for (int i = 0; i < 5; i++) {
        w.params.add(like);
      }
    }
    return w;
  }

  private static boolean isIdLookup(LogFilter f) {
    return PARTIALLY_INDEXED.contains(f.key()) && f.operator().equals("eq") && !f.values().isEmpty()
        && f.values().stream().allMatch(Objects::nonNull);
  }

  String sql() {
    return sql.toString();
  }

  boolean isPlain() {
    return params.size() == 2;
  }

  int bind(PreparedStatement ps) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }

  private void filter(LogFilter f) {
    Column c = COLUMNS.get(f.key());
    boolean meta = f.key().startsWith("metadata.");
    sql.append(meta ? " AND EXISTS (SELECT 1 FROM log_metadata m WHERE m.log_id = logs.id AND (" : " AND (");
    List<String> parts = new ArrayList<>();
    for (Object raw : f.values()) {
      parts.add(condition(c, f.operator(), raw, f.key()));
    }
    String joiner = f.operator().equals("neq") ? " AND " : " OR ";
    sql.append(String.join(joiner, parts)).append(meta ? "))" : ")");
  }

  private String condition(Column c, String op, Object raw, String key) {
    if (raw == null) {
      return c.sql() + (op.equals("neq") ? " IS NOT NULL" : " IS NULL");
    }
    Object value = convert(c.kind(), raw, key);
    switch (op) {
      case "contains" -> {
        params.add("%" + escape(String.valueOf(value).toLowerCase(Locale.ROOT)) + "%");
        return "LOWER(" + c.sql() + ") LIKE ? ESCAPE '\\'";
      }
      case "eq" -> {
        return equality(c, value, key);
      }
      case "neq" -> {
        params.add(value);
        return "(" + c.sql() + " <> ? OR " + c.sql() + " IS NULL)";
      }
      case "lt" -> {
        params.add(value);
        return c.sql() + " < ?";
      }
      case "gt" -> {
        params.add(value);
        return c.sql() + " > ?";
      }
      case "gte" -> {
        params.add(value);
        return c.sql() + " >= ?";
      }
      case "lte" -> {
        params.add(value);
        return c.sql() + " <= ?";
      }
      default -> throw GatewayException.invalid("filters", "unknown operator " + op);
    }
  }

  /**
   * {@code col = ?}; for request_id and event_id written as {@code (id = ? AND col = ?) OR (col = ? AND col <> id)},
   * the same condition in the shape that lets SQLite use the primary key and the partial indexes of those columns
   * (migration V7): an entry whose request or event id is its own id is only in the primary key.
   */
  private String equality(Column c, Object value, String key) {
    if (!PARTIALLY_INDEXED.contains(key)) {
      params.add(value);
      return c.sql() + " = ?";
    }
    params.add(value);
    params.add(value);
    params.add(value);
    return "((id = ? AND " + c.sql() + " = ?) OR (" + c.sql() + " = ? AND " + c.sql() + " <> id))";
  }

  private static Object convert(Kind kind, Object raw, String key) {
    String text = String.valueOf(raw).trim();
    try {
      return switch (kind) {
        case TEXT -> text;
        case BOOL -> {
          Boolean b = bool(text);
          if (b == null) {
            throw new IllegalArgumentException("expected true or false");
          }
          yield b;
        }
        case NUMBER -> number(new BigDecimal(text));
        case COST -> LogCodec.toPico(new BigDecimal(text));
        case TIME -> text.matches("-?\\d+") ? Long.parseLong(text) : Instant.parse(text).toEpochMilli();
      };
    } catch (RuntimeException e) {
      throw GatewayException.invalid("filters", "value '" + text + "' does not suit key " + key
          + (kind == Kind.TIME ? " (expected an RFC 3339 time or epoch milliseconds)" : ""));
    }
  }

  /** A filter value as a boolean ({@code true}/{@code 1}, {@code false}/{@code 0}, any case), or null when it is none. */
  static Boolean bool(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    return switch (String.valueOf(raw).trim().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Object number(BigDecimal n) {
    return n.stripTrailingZeros().scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
