package io.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.log.AnalyticsQuery;
import io.switchboard.log.LogPatch;
import io.switchboard.log.LogQuery;
import io.switchboard.log.LogStore;
import io.switchboard.paging.Page;
import java.util.List;
import java.util.Optional;

/** A log store for tests of the writer: a subclass says what {@code insert} does; reading is not supported. */
public abstract class InsertOnlyLogStore implements LogStore {
  @Override
  public Optional<ObjectNode> find(String accountId, String gatewayId, String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page<ObjectNode> list(String accountId, String gatewayId, LogQuery query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<StoredBody> body(String accountId, String gatewayId, String id, boolean request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean patch(String accountId, String gatewayId, String id, LogPatch patch) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int delete(String accountId, String gatewayId, LogQuery query, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long count(String accountId, String gatewayId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ObjectNode> analytics(String accountId, AnalyticsQuery query) {
    throw new UnsupportedOperationException();
  }
}
