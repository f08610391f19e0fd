package io.switchboard.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.paging.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where log entries, their payloads and the analytics rollups live. Blocking. */
public interface LogStore {
  /**
   * Stores a batch in one transaction with its rollups, applying each gateway's log cap: entries
   * over a STOP_INSERTING cap are skipped, DELETE_OLDEST removes the oldest. Returns how many were stored.
   */
  int insert(List<LogEntry> batch, Map<String, LogCap> caps);

  Optional<ObjectNode> find(String accountId, String gatewayId, String id);

  Page<ObjectNode> list(String accountId, String gatewayId, LogQuery query);

  /** The stored body ("request" or "response") and its content type; empty when absent. */
  Optional<StoredBody> body(String accountId, String gatewayId, String id, boolean request);

  /** Updates feedback, score and metadata when present in the patch; false when the log does not exist. */
  boolean patch(String accountId, String gatewayId, String id, LogPatch patch);

  /** Deletes the entries matching the query (its order and {@code limit}); returns how many. */
  int delete(String accountId, String gatewayId, LogQuery query, int limit);

  long count(String accountId, String gatewayId);

  List<ObjectNode> analytics(String accountId, AnalyticsQuery query);

  /** A stored body. */
  record StoredBody(byte[] bytes, String contentType, boolean complete) {
  }

  /** A gateway's log cap: at most {@code max} entries, then DELETE_OLDEST or STOP_INSERTING. */
  record LogCap(long max, boolean deleteOldest) {
  }
}
