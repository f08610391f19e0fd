package io.switchboard.gateway;

import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where gateways live. Blocking: call through the store's worker pool. */
public interface GatewayStore {
  /** Inserts a gateway; false when one with the same id exists. */
  boolean insert(Gateway gateway);

  Optional<Gateway> find(String accountId, String id);

  /** Gateways ordered by id, filtered by a case-insensitive substring of the id when search is set. */
  Page<Gateway> list(String accountId, String search, PageRequest page);

  List<Gateway> all(String accountId);

  boolean update(Gateway gateway);

  boolean delete(String accountId, String id);
}
