package io.switchboard.provider;

import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where custom providers live. Blocking: call through the store's worker pool. */
public interface CustomProviderStore {
  /** The result of a write. */
  enum Outcome { DONE, MISSING, DUPLICATE_SLUG }

  /** Inserts a provider; {@link Outcome#DUPLICATE_SLUG} when the account already has its slug. */
  Outcome insert(CustomProvider provider);

  Optional<CustomProvider> find(String accountId, String id);

  Page<CustomProvider> list(String accountId, CustomProviderQuery query, PageRequest page);

  List<CustomProvider> all(String accountId);

  /** Replaces every field but id, account and created_at. */
  Outcome update(CustomProvider provider);

  boolean delete(String accountId, String id);
}
