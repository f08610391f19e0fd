package io.switchboard.auth;

import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Where API tokens live. Blocking: call through the store's worker pool. */
public interface TokenStore {
  void insert(ApiToken token);

  Optional<ApiToken> findByHash(String hash);

  Optional<ApiToken> find(String accountId, String id);

  Page<ApiToken> list(String accountId, PageRequest page);

  /** Marks a token revoked; false when it does not exist or was already revoked. */
  boolean revoke(String accountId, String id, Instant at);

  void touch(String id, Instant lastUsed);
}
