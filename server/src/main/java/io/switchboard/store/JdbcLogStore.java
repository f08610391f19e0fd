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
  private final Jdbc jdbc;
  private final LogBatchWriter batches;

  JdbcLogStore(Jdbc jdbc, Dialect dialect) {
    this.jdbc = jdbc;
    this.batches = new LogBatchWriter(LogRows.of(dialect));
  }

  @Override
  public int insert(List<LogEntry> batch, Map<String, LogCap> caps) {
    return jdbc.transaction(c -> batches.write(c, batch, caps));
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

  /** From the kept counts when the query allows (no filter, or a {@link LogCountedFilter}), else counted. */
  private long total(String accountId, String gatewayId, LogQuery query, LogWhere where) {
    if (where.isPlain()) {
      return count(accountId, gatewayId);
    }
    LogCountedFilter counted = LogCountedFilter.of(query);
    if (counted != null) {
      return LogOutcomeCounts.total(jdbc, accountId, gatewayId, counted);
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
          return stored == null ? null : new StoredBody(Payloads.decode(stored), rs.getString(2), rs.getBoolean(3));
        });
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
}
