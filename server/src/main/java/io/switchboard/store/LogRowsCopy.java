package io.switchboard.store;

import io.switchboard.log.LogEntry;
import io.switchboard.log.Payloads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * A batch's rows as three binary COPY streams (PostgreSQL). The writer encodes each row once into
 * {@link CopyBinary} and sends what it holds whenever that passes {@link #FLUSH_BYTES}, so a batch of
 * large payloads never sits whole in the writer's memory. No parameter is bound one by one and the
 * server parses no text: on the gateway's writer thread this costs about a third of batched inserts
 * (docs/benchmarks.md, session 5).
 */
final class LogRowsCopy implements LogRows {
  static final int FLUSH_BYTES = 1 << 20;
  private static final String LOGS = "COPY logs (" + COLUMNS + ") FROM STDIN (FORMAT binary)";
  private static final String PAYLOADS = "COPY log_payloads (log_id, request_body, response_body) FROM STDIN "
      + "(FORMAT binary)";
  private static final String METADATA = "COPY log_metadata (log_id, key, value) FROM STDIN (FORMAT binary)";

  /** The encoding array, kept between batches (one writer thread; the lock only guards other callers). */
  private final CopyBinary out = new CopyBinary(64 * 1024);

  /** Appends an entry's rows of one table (none, one or several) to the stream. */
  private interface RowsOf {
    void append(LogEntry e, CopyBinary out);
  }

  @Override
  public synchronized void insert(Connection c, List<LogEntry> rows) throws SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    stream(copy, LOGS, rows, LogRowsCopy::logRow);
    if (rows.stream().anyMatch(e -> e.requestBody() != null || e.responseBody() != null)) {
      stream(copy, PAYLOADS, rows, LogRowsCopy::payloadRow);
    }
    if (rows.stream().anyMatch(e -> !e.metadata().isEmpty())) {
      stream(copy, METADATA, rows, LogRowsCopy::metadataRows);
    }
  }

  /**
   * One COPY stream: the header, each entry's rows (sent whenever the array passes {@link #FLUSH_BYTES}), the
   * trailer. A failure cancels the COPY, and the batch's transaction rolls back.
   */
  private void stream(CopyManager copy, String sql, List<LogEntry> rows, RowsOf rowsOf) throws SQLException {
    out.restart();
    CopyIn in = copy.copyIn(sql);
    try {
      for (LogEntry e : rows) {
        rowsOf.append(e, out);
        if (out.size() >= FLUSH_BYTES) {
          in.writeToCopy(out.array(), 0, out.size());
          out.drained();
        }
      }
      out.end();
      in.writeToCopy(out.array(), 0, out.size());
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void payloadRow(LogEntry e, CopyBinary out) {
    if (e.requestBody() != null || e.responseBody() != null) {
      out.row(3).text(e.id())
          .bytea(e.requestBody() == null ? null : Payloads.encode(e.requestBody()))
          .bytea(e.responseBody() == null ? null : Payloads.encode(e.responseBody()));
    }
  }

  private static void metadataRows(LogEntry e, CopyBinary out) {
    for (Map.Entry<String, Object> m : e.metadata().entrySet()) {
      out.row(3).text(e.id()).text(m.getKey()).text(String.valueOf(m.getValue()));
    }
  }

  private static void logRow(LogEntry e, CopyBinary out) {
    out.row(COLUMN_COUNT)
        .text(e.id()).text(e.accountId()).text(e.gatewayId()).text(e.requestId()).text(e.eventId())
        .int8(e.createdAtMillis())
        .text(e.provider()).text(e.model()).text(e.modelType()).text(e.method()).text(e.path())
        .int8(e.attempt()).int8(LogRows.longOrNull(e.step())).int8(e.durationMs())
        .int8(LogRows.longOrNull(e.statusCode()))
        .bool(e.success()).bool(e.cached())
        .int8(e.tokensIn()).int8(e.tokensOut()).int8(e.cacheReadTokens()).int8(e.cacheWriteTokens())
        .int8(LogCodec.toPico(e.cost())).bool(e.customCost())
        .text(LogCodec.metadataJson(e.metadata()))
        .text(e.requestType()).text(e.requestContentType()).text(e.responseContentType())
        .int8(e.requestSize()).int8(e.responseSize())
        .bool(LogRows.requestComplete(e)).bool(LogRows.responseComplete(e))
        .text(e.userAgent()).bool(e.authenticated()).text(e.error()).text(e.dlpAction()).text(e.guardrail());
  }
}
