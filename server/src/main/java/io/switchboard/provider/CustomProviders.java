package io.switchboard.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The account's custom providers: management operations and the in-memory cache that
 * {@link ProviderTable} reads without blocking. Loaded with {@link #refreshNow()} at start, updated
 * on every change made here, and reloaded by {@link #refresh()} (every {@code settings-refresh-ms})
 * for changes made by other nodes.
 */
public final class CustomProviders {
  private final String accountId;
  private final CustomProviderStore store;
  private final BlockingExecutor blocking;
  private final Clock clock;
  private final boolean allowHttp;
  private volatile Map<String, CustomProvider> bySlug = Map.of();

  public CustomProviders(String accountId, CustomProviderStore store, BlockingExecutor blocking, Clock clock,
      boolean allowHttp) {
    this.accountId = accountId;
    this.store = store;
    this.blocking = blocking;
    this.clock = clock;
    this.allowHttp = allowHttp;
  }

  /** Reloads every custom provider from the store (blocking). */
  public void refreshNow() {
    Map<String, CustomProvider> fresh = new java.util.HashMap<>();
    store.all(accountId).forEach(p -> fresh.put(p.slug(), p));
    bySlug = Map.copyOf(fresh);
  }

  public Future<Void> refresh() {
    return blocking.run(() -> {
      refreshNow();
      return null;
    });
  }

  /** The enabled provider with this slug (any case), or null. Never blocks. */
  public CustomProvider enabled(String slug) {
    CustomProvider p = bySlug.get(slug.toLowerCase(java.util.Locale.ROOT));
    return p != null && p.enable() ? p : null;
  }

  public Future<Page<CustomProvider>> list(CustomProviderQuery query, PageRequest page) {
    return blocking.run(() -> store.list(accountId, query, page));
  }

  public Future<CustomProvider> get(String id) {
    return blocking.run(() -> store.find(accountId, id).orElseThrow(() -> notFound(id)));
  }

  public Future<CustomProvider> create(ObjectNode body) {
    CustomProviderFields.Draft d = CustomProviderFields.create(body, allowHttp);
    return blocking.run(() -> {
      Instant now = now();
      CustomProvider p = build(UUID.randomUUID().toString().replace("-", ""), d, now, now);
      check(store.insert(p), p);
      refreshNow();
      return p;
    });
  }

  public Future<CustomProvider> update(String id, ObjectNode body) {
    return get(id).compose(current -> {
      CustomProviderFields.Draft d = CustomProviderFields.patch(current, body, allowHttp);
      return blocking.run(() -> {
        CustomProvider p = build(current.id(), d, current.createdAt(), now());
        check(store.update(p), p);
        refreshNow();
        return p;
      });
    });
  }

  public Future<CustomProvider> delete(String id) {
    return get(id).compose(current -> blocking.run(() -> {
      if (!store.delete(accountId, current.id())) {
        throw notFound(id);
      }
      refreshNow();
      return current;
    }));
  }

  private CustomProvider build(String id, CustomProviderFields.Draft d, Instant created, Instant modified) {
    return new CustomProvider(id, accountId, d.name(), d.slug(), d.baseUrl(), d.description(), d.link(), d.enable(),
        d.beta(), d.curlExample(), d.jsExample(), created, modified);
  }

  private static void check(CustomProviderStore.Outcome outcome, CustomProvider p) {
    switch (outcome) {
      case DUPLICATE_SLUG -> throw GatewayException.of(ErrorCode.CONFLICT, "A custom provider with slug '"
          + p.slug() + "' already exists");
      case MISSING -> throw notFound(p.id());
      default -> { }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static GatewayException notFound(String id) {
    return GatewayException.of(ErrorCode.NOT_FOUND, "No custom provider with id '" + id + "'");
  }
}
