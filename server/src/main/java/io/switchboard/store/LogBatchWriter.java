package io.switchboard.store;

import io.switchboard.log.LogEntry;
import io.switchboard.log.LogStore.LogCap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch inside a transaction: applies each gateway's log cap, inserts rows, payloads and
 * metadata, keeps the per-gateway (and per provider and model) counts, and adds the batch to the per-minute and per-hour analytics
 * rollups (pre-aggregated here, so a batch costs one upsert per minute or hour, provider and model).
 */
final class LogBatchWriter {
  private record GatewayKey(String accountId, String gatewayId) {
  }

  private record RollupKey(String accountId, String gatewayId, long bucket, String provider, String model) {
  }

  private static final class Rollup {
    long requests;
    long errors;
    long cached;
    long tokensIn;
    long tokensOut;
    long costPico;
  }

  private final LogRows rows;

  LogBatchWriter(LogRows rows) {
    this.rows = rows;
  }

  int write(Connection c, List<LogEntry> batch, Map<String, LogCap> caps) throws SQLException {
    Map<GatewayKey, List<LogEntry>> byGateway = new LinkedHashMap<>();
    batch.forEach(e -> byGateway.computeIfAbsent(new GatewayKey(e.accountId(), e.gatewayId()), k -> new ArrayList<>())
        .add(e));
    List<LogEntry> kept = new ArrayList<>();
    for (Map.Entry<GatewayKey, List<LogEntry>> g : byGateway.entrySet()) {
      kept.addAll(writeGateway(c, g.getKey(), g.getValue(), caps.get(g.getKey().gatewayId())));
    }
    rollups(c, kept);
    return kept.size();
  }

  private List<LogEntry> writeGateway(Connection c, GatewayKey key, List<LogEntry> entries, LogCap cap)
      throws SQLException {
    long current = cap == null ? 0 : count(c, key);
    List<LogEntry> kept = entries;
    if (cap != null && !cap.deleteOldest()) {
      long room = Math.max(0, cap.max() - current);
      kept = entries.subList(0, (int) Math.min(room, entries.size()));
    }
    if (kept.isEmpty()) {
      return kept;
    }
    rows.insert(c, kept);
    addCount(c, key.accountId(), key.gatewayId(), kept.size());
    LogOutcomeCounts.added(c, kept);
    if (cap != null && cap.deleteOldest() && current + kept.size() > cap.max()) {
      LogDeletes.oldest(c, key.accountId(), key.gatewayId(), current + kept.size() - cap.max());
    }
    return kept;
  }

  private static long count(Connection c, GatewayKey key) throws SQLException {
    List<Long> n = Jdbc.query(c, "SELECT n FROM log_counts WHERE account_id = ? AND gateway_id = ?", ps -> {
      ps.setString(1, key.accountId());
      ps.setString(2, key.gatewayId());
    }, rs -> rs.getLong(1));
    return n.isEmpty() ? 0 : n.get(0);
  }

  static void addCount(Connection c, String accountId, String gatewayId, long delta) throws SQLException {
    Jdbc.update(c, "INSERT INTO log_counts (account_id, gateway_id, n) VALUES (?, ?, ?) "
        + "ON CONFLICT (account_id, gateway_id) DO UPDATE SET n = log_counts.n + excluded.n", ps -> {
          ps.setString(1, accountId);
          ps.setString(2, gatewayId);
          ps.setLong(3, delta);
        });
  }

  private static void rollups(Connection c, List<LogEntry> kept) throws SQLException {
    upsert(c, "log_rollups", sums(kept, 1));
    upsert(c, "log_rollups_hour", sums(kept, 60));
  }

  /** The batch summed per bucket of {@code minutes} (bucket = its first minute since the epoch), provider and model. */
  private static Map<RollupKey, Rollup> sums(List<LogEntry> kept, long minutes) {
    Map<RollupKey, Rollup> sums = new LinkedHashMap<>();
    for (LogEntry e : kept) {
      long bucket = e.createdAtMillis() / 60_000 / minutes * minutes;
      Rollup r = sums.computeIfAbsent(new RollupKey(e.accountId(), e.gatewayId(), bucket,
          e.provider() == null ? "" : e.provider(), e.model() == null ? "" : e.model()), k -> new Rollup());
      r.requests++;
      r.errors += e.success() ? 0 : 1;
      r.cached += e.cached() ? 1 : 0;
      r.tokensIn += e.tokensIn() == null ? 0 : e.tokensIn();
      r.tokensOut += e.tokensOut() == null ? 0 : e.tokensOut();
      r.costPico += e.cost() == null ? 0 : LogCodec.toPico(e.cost() == null ? BigDecimal.ZERO : e.cost());
    }
    return sums;
  }

  private static void upsert(Connection c, String table, Map<RollupKey, Rollup> sums) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (account_id, gateway_id, bucket, provider, "
        + "model, requests, errors, cached, tokens_in, tokens_out, cost_pico) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        + "ON CONFLICT (account_id, gateway_id, bucket, provider, model) DO UPDATE SET "
        + "requests = " + table + ".requests + excluded.requests, errors = " + table + ".errors + excluded.errors, "
        + "cached = " + table + ".cached + excluded.cached, tokens_in = " + table + ".tokens_in + excluded.tokens_in, "
        + "tokens_out = " + table + ".tokens_out + excluded.tokens_out, "
        + "cost_pico = " + table + ".cost_pico + excluded.cost_pico")) {
      for (Map.Entry<RollupKey, Rollup> s : sums.entrySet()) {
        RollupKey k = s.getKey();
        Rollup r = s.getValue();
        ps.setString(1, k.accountId());
        ps.setString(2, k.gatewayId());
        ps.setLong(3, k.bucket());
        ps.setString(4, k.provider());
        ps.setString(5, k.model());
        ps.setLong(6, r.requests);
        ps.setLong(7, r.errors);
        ps.setLong(8, r.cached);
        ps.setLong(9, r.tokensIn);
        ps.setLong(10, r.tokensOut);
        ps.setLong(11, r.costPico);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
