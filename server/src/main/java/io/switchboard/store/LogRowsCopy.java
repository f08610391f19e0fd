package io.switchboard.store;

import io.switchboard.log.LogEntry;
import io.switchboard.log.Payloads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

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

  @Override
  public synchronized void insert(Connection c, List<LogEntry> rows) throws SQLException {
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    out.restart();
    CopyIn logs = copy.copyIn(LOGS);
    try {
      for (LogEntry e : rows) {
        logRow(out, e);
        flushIfFull(logs, out);
      }
      finish(logs, out);
    } finally {
      cancelIfOpen(logs);
    }
    if (rows.stream().anyMatch(e -> e.requestBody() != null || e.responseBody() != null)) {
      payloads(copy.copyIn(PAYLOADS), rows, out);
    }
    if (rows.stream().anyMatch(e -> !e.metadata().isEmpty())) {
      metadata(copy.copyIn(METADATA), rows, out);
    }
  }

  private static void payloads(CopyIn in, List<LogEntry> rows, CopyBinary out) throws SQLException {
    try {
      for (LogEntry e : rows) {
        if (e.requestBody() != null || e.responseBody() != null) {
          out.row(3).text(e.id())
              .bytea(e.requestBody() == null ? null : Payloads.compress(e.requestBody()))
              .bytea(e.responseBody() == null ? null : Payloads.compress(e.responseBody()));
          flushIfFull(in, out);
        }
      }
      finish(in, out);
    } finally {
      cancelIfOpen(in);
    }
  }

  private static void metadata(CopyIn in, List<LogEntry> rows, CopyBinary out) throws SQLException {
    try {
      for (LogEntry e : rows) {
        for (Map.Entry<String, Object> m : e.metadata().entrySet()) {
          out.row(3).text(e.id()).text(m.getKey()).text(String.valueOf(m.getValue()));
        }
        flushIfFull(in, out);
      }
      finish(in, out);
    } finally {
      cancelIfOpen(in);
    }
  }

  private static void logRow(CopyBinary out, LogEntry e) {
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

  private static void flushIfFull(CopyIn in, CopyBinary out) throws SQLException {
    if (out.size() >= FLUSH_BYTES) {
      in.writeToCopy(out.array(), 0, out.size());
      out.drained();
    }
  }

  /** Sends the rest and the trailer, and ends the COPY; {@code out} then starts the next stream's header. */
  private static void finish(CopyIn in, CopyBinary out) throws SQLException {
    out.end();
    in.writeToCopy(out.array(), 0, out.size());
    in.endCopy();
    out.restart();
  }

  private static void cancelIfOpen(CopyIn in) throws SQLException {
    if (in.isActive()) {
      in.cancelCopy();
    }
  }
}
