package io.switchboard.secrets;

import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where provider configs live. Blocking: call through the store's worker pool. */
public interface ProviderConfigStore {
  /** The result of a write. */
  enum Outcome { DONE, MISSING, DUPLICATE_ALIAS }

  /** Re-seals one stored secret: given its row id and ciphertext, returns the new ciphertext. */
  @FunctionalInterface
  interface Resealer {
    String reseal(String id, String ciphertext);
  }

  /**
   * Inserts a config; when it is the default, the gateway's other configs for the provider stop being
   * default in the same transaction. {@link Outcome#DUPLICATE_ALIAS} when gateway + provider + alias exists.
   */
  Outcome insert(ProviderConfig config);

  /** Replaces alias, default flag, secret and rate limits (same default rule as insert). */
  Outcome update(ProviderConfig config);

  Optional<ProviderConfig> find(String accountId, String gatewayId, String id);

  Page<ProviderConfig> list(String accountId, String gatewayId, PageRequest page);

  List<ProviderConfig> all(String accountId);

  boolean delete(String accountId, String gatewayId, String id);

  /** Rewrites every stored secret of every account in one transaction; returns how many. */
  int resealAll(Resealer resealer);
}
