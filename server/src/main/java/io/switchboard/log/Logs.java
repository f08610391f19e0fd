package io.switchboard.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.paging.Page;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.Future;
import java.util.List;

/** The logs of the account: recording (never blocking) and the queries behind the logs and analytics APIs. */
public final class Logs {
  private final String accountId;
  private final LogStore store;
  private final LogWriter writer;
  private final BlockingExecutor blocking;
  private final AttemptObserver observer;

  public Logs(String accountId, LogStore store, LogWriter writer, BlockingExecutor blocking) {
    this(accountId, store, writer, blocking, AttemptObserver.NONE);
  }

  /** With an observer that hears of every attempt, logged or not. */
  public Logs(String accountId, LogStore store, LogWriter writer, BlockingExecutor blocking,
      AttemptObserver observer) {
    this.accountId = accountId;
    this.store = store;
    this.writer = writer;
    this.blocking = blocking;
    this.observer = observer;
  }

  /** Hears of every attempt, whether or not it is stored. */
  public AttemptObserver observer() {
    return observer;
  }

  public String accountId() {
    return accountId;
  }

  /** Queues an entry for the writer; never blocks. */
  public void record(LogEntry entry) {
    writer.offer(entry);
  }

  public LogWriter writer() {
    return writer;
  }

  public Future<Page<ObjectNode>> list(String gatewayId, LogQuery query) {
    return blocking.run(() -> store.list(accountId, gatewayId, query));
  }

  public Future<ObjectNode> get(String gatewayId, String id) {
    return blocking.run(() -> store.find(accountId, gatewayId, id).orElseThrow(() -> notFound(id)));
  }

  public Future<LogStore.StoredBody> body(String gatewayId, String id, boolean request) {
    return blocking.run(() -> {
      store.find(accountId, gatewayId, id).orElseThrow(() -> notFound(id));
      return store.body(accountId, gatewayId, id, request).orElseThrow(() -> GatewayException.of(
          ErrorCode.NOT_FOUND, "Log '" + id + "' has no stored " + (request ? "request" : "response") + " body"));
    });
  }

  public Future<ObjectNode> patch(String gatewayId, String id, LogPatch patch) {
    return blocking.run(() -> {
      if (!store.patch(accountId, gatewayId, id, patch)) {
        throw notFound(id);
      }
      return store.find(accountId, gatewayId, id).orElseThrow(() -> notFound(id));
    });
  }

  public Future<Integer> delete(String gatewayId, LogQuery query, int limit) {
    return blocking.run(() -> store.delete(accountId, gatewayId, query, limit));
  }

  public Future<List<ObjectNode>> analytics(AnalyticsQuery query) {
    return blocking.run(() -> store.analytics(accountId, query));
  }

  private static GatewayException notFound(String id) {
    return GatewayException.of(ErrorCode.NOT_FOUND, "No log with id '" + id + "'");
  }
}
