package io.switchboard.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.log.AnalyticsQuery;
import io.switchboard.log.LogEntry;
import io.switchboard.log.LogPatch;
import io.switchboard.log.LogQuery;
import io.switchboard.log.LogStore;
import io.switchboard.log.Payloads;
import io.switchboard.paging.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Logs, payloads, metadata, counts and rollups over JDBC, for both dialects. */
final class JdbcLogStore implements LogStore {
  private static final String INSERT = "INSERT INTO logs (id, account_id, gateway_id, request_id, event_id, created_at, "
      + "provider, model, model_type, method, path, attempt, step, duration, status_code, success, cached, tokens_in, "
      + "tokens_out, cache_read_tokens, cache_write_tokens, cost_pico, custom_cost, metadata, request_type, "
      + "request_content_type, response_content_type, request_size, response_size, request_head_complete, "
      + "response_head_complete, user_agent, authentication, error, dlp_action, guardrail) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private final Jdbc jdbc;
  private final LogBatchWriter batches;

  JdbcLogStore(Jdbc jdbc) {
    this.jdbc = jdbc;
    this.batches = new LogBatchWriter();
  }

  @Override
  public int insert(List<LogEntry> batch, Map<String, LogCap> caps) {
    return jdbc.transaction(c -> batches.write(c, batch, caps));
  }

  static void insertRows(Connection c, List<LogEntry> rows) throws SQLException {
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
          payloads.setBytes(2, e.requestBody() == null ? null : Payloads.compress(e.requestBody()));
          payloads.setBytes(3, e.responseBody() == null ? null : Payloads.compress(e.responseBody()));
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
    setLong(ps, i++, e.step() == null ? null : e.step().longValue());
    ps.setLong(i++, e.durationMs());
    setLong(ps, i++, e.statusCode() == null ? null : e.statusCode().longValue());
    ps.setBoolean(i++, e.success());
    ps.setBoolean(i++, e.cached());
    setLong(ps, i++, e.tokensIn());
    setLong(ps, i++, e.tokensOut());
    setLong(ps, i++, e.cacheReadTokens());
    setLong(ps, i++, e.cacheWriteTokens());
    setLong(ps, i++, LogCodec.toPico(e.cost()));
    ps.setBoolean(i++, e.customCost());
    ps.setString(i++, LogCodec.metadataJson(e.metadata()));
    ps.setString(i++, e.requestType());
    ps.setString(i++, e.requestContentType());
    ps.setString(i++, e.responseContentType());
    ps.setLong(i++, e.requestSize());
    ps.setLong(i++, e.responseSize());
    setBool(ps, i++, e.requestBody() == null ? null : e.requestBody().length() <= Payloads.MAX_BYTES);
    setBool(ps, i++, e.responseBody() == null ? null : e.responseComplete());
    ps.setString(i++, e.userAgent());
    ps.setBoolean(i++, e.authenticated());
    ps.setString(i++, e.error());
    ps.setString(i++, e.dlpAction());
    ps.setString(i, e.guardrail());
  }

  @Override
  public Optional<ObjectNode> find(String accountId, String gatewayId, String id) {
    return jdbc.one("SELECT " + LogCodec.DETAIL_COLUMNS + " FROM logs WHERE account_id = ? AND gateway_id = ? AND id = ?",
        ps -> {
          ps.setString(1, accountId);
          ps.setString(2, gatewayId);
          ps.setString(3, id);
        }, rs -> LogCodec.row(rs, true));
  }

  @Override
  public Page<ObjectNode> list(String accountId, String gatewayId, LogQuery query) {
    LogWhere where = LogWhere.of(accountId, gatewayId, query);
    long total = total(accountId, gatewayId, query, where);
    String order = " ORDER BY " + query.orderBy() + (query.ascending() ? " ASC" : " DESC") + ", id"
        + (query.ascending() ? " ASC" : " DESC");
    List<ObjectNode> items = jdbc.query("SELECT " + LogCodec.LIST_COLUMNS + " FROM logs" + where.sql() + order
        + " LIMIT ? OFFSET ?", ps -> {
          int i = where.bind(ps);
          ps.setInt(i++, query.page().perPage());
          ps.setLong(i, query.page().offset());
        }, rs -> LogCodec.row(rs, false));
    return new Page<>(items, total, query.page());
  }

  /** From the kept counts when the query allows (no filter, or only provider / model equality), else counted. */
  private long total(String accountId, String gatewayId, LogQuery query, LogWhere where) {
    if (where.isPlain()) {
      return count(accountId, gatewayId);
    }
    LogWhere.ModelFilter dims = LogWhere.modelFilter(query);
    if (dims != null) {
      return LogModelCounts.total(jdbc, accountId, gatewayId, dims.providers(), dims.models());
    }
    return jdbc.count("SELECT COUNT(*) FROM logs" + where.sql(), where::bind);
  }

  @Override
  public Optional<StoredBody> body(String accountId, String gatewayId, String id, boolean request) {
    String column = request ? "p.request_body" : "p.response_body";
    String type = request ? "l.request_content_type" : "l.response_content_type";
    String complete = request ? "l.request_head_complete" : "l.response_head_complete";
    return jdbc.one("SELECT " + column + ", " + type + ", " + complete + " FROM logs l JOIN log_payloads p "
        + "ON p.log_id = l.id WHERE l.account_id = ? AND l.gateway_id = ? AND l.id = ?", ps -> {
          ps.setString(1, accountId);
          ps.setString(2, gatewayId);
          ps.setString(3, id);
        }, rs -> {
          byte[] stored = rs.getBytes(1);
          return stored == null ? null : new StoredBody(Payloads.decompress(stored), rs.getString(2), rs.getBoolean(3));
        }).filter(b -> b != null);
  }

  @Override
  public boolean patch(String accountId, String gatewayId, String id, LogPatch patch) {
    return jdbc.transaction(c -> LogPatches.apply(c, accountId, gatewayId, id, patch));
  }

  @Override
  public int delete(String accountId, String gatewayId, LogQuery query, int limit) {
    return jdbc.transaction(c -> LogDeletes.matching(c, accountId, gatewayId, query, limit));
  }

  @Override
  public long count(String accountId, String gatewayId) {
    return jdbc.count("SELECT n FROM log_counts WHERE account_id = ? AND gateway_id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, gatewayId);
    });
  }

  @Override
  public List<ObjectNode> analytics(String accountId, AnalyticsQuery query) {
    return jdbc.inConnection(c -> LogAnalytics.query(c, accountId, query));
  }

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static void setBool(PreparedStatement ps, int i, Boolean v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BOOLEAN);
    } else {
      ps.setBoolean(i, v);
    }
  }
}
