package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The gateways of the account: management operations and the in-memory settings cache the data plane
 * reads. Every gateway is held in memory; a change made here is visible to the next request, and
 * changes made by other nodes arrive with {@link #refresh()} (run every {@code settings-refresh-ms}).
 */
public final class Gateways {
  private final String accountId;
  private final GatewayStore store;
  private final BlockingExecutor blocking;
  private final Clock clock;
  private final Map<String, Gateway> cache = new ConcurrentHashMap<>();
  private final List<BiConsumer<Gateway, Gateway>> listeners = new CopyOnWriteArrayList<>();

  public Gateways(String accountId, GatewayStore store, BlockingExecutor blocking, Clock clock) {
    this.accountId = accountId;
    this.store = store;
    this.blocking = blocking;
    this.clock = clock;
  }

  public String accountId() {
    return accountId;
  }

  /** Registers a callback for (before, after) of each change; after is null on delete. */
  public void onChange(BiConsumer<Gateway, Gateway> listener) {
    listeners.add(listener);
  }

  /**
   * Reloads every gateway from the store (blocking). An entry this node changed while the store was
   * being read is newer than what was read, and is kept.
   */
  public void refreshNow() {
    Map<String, Gateway> seen = Map.copyOf(cache);
    List<Gateway> all = store.all(accountId);
    Map<String, Gateway> fresh = new ConcurrentHashMap<>();
    all.forEach(g -> fresh.put(g.id(), g));
    for (Gateway g : all) {
      Gateway before = seen.get(g.id());
      Gateway now = cache.compute(g.id(), (id, current) -> current != before ? current : g);
      if (before != null && now == g && !before.modifiedAt().equals(g.modifiedAt())) {
        notify(before, g);
      }
    }
    cache.entrySet().removeIf(e -> !fresh.containsKey(e.getKey()) && e.getValue() == seen.get(e.getKey()));
  }

  public Future<Void> refresh() {
    return blocking.run(() -> {
      refreshNow();
      return null;
    });
  }

  /** The cached gateway, or null. Never blocks. */
  public Gateway cached(String id) {
    return cache.get(GatewayId.normalize(id));
  }

  /** Finds a gateway: from memory, else from the store (another node may have created it). */
  public Future<Gateway> find(String id) {
    String key = GatewayId.normalize(id);
    Gateway g = cache.get(key);
    if (g != null) {
      return Future.succeededFuture(g);
    }
    if (!GatewayId.isValid(key)) {
      return Future.succeededFuture(null);
    }
    return blocking.run(() -> store.find(accountId, key).map(this::remember).orElse(null));
  }

  public Future<Gateway> get(String id) {
    return find(id).map(g -> {
      if (g == null) {
        throw notFound(id);
      }
      return g;
    });
  }

  public Future<Page<Gateway>> list(String search, PageRequest page) {
    return blocking.run(() -> store.list(accountId, search, page));
  }

  public Future<Gateway> create(ObjectNode body) {
    JsonNode idNode = body.get("id");
    String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
    Problems problems = new Problems();
    if (id == null) {
      problems.add("id", idNode == null ? "is required" : "expected a string, got " + idNode);
    } else if (!GatewayId.isValid(id)) {
      problems.add("id", GatewayId.problem(id));
    }
    GatewaySettings settings = SettingsParser.parse(body, null, problems);
    problems.throwIfAny();
    return insert(GatewayId.normalize(id), false, settings).map(created -> {
      if (created == null) {
        throw GatewayException.of(ErrorCode.CONFLICT, "A gateway with id '" + GatewayId.normalize(id)
            + "' already exists");
      }
      return created;
    });
  }

  /** The {@code default} gateway, created with spec §4.1's settings when it does not exist. */
  public Future<Gateway> ensureDefault() {
    Gateway g = cache.get(GatewayId.DEFAULT);
    if (g != null) {
      return Future.succeededFuture(g);
    }
    return insert(GatewayId.DEFAULT, true, GatewaySettings.defaultGateway())
        .compose(created -> created != null ? Future.succeededFuture(created) : get(GatewayId.DEFAULT));
  }

  private Future<Gateway> insert(String id, boolean isDefault, GatewaySettings settings) {
    return blocking.run(() -> {
      var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      Gateway g = new Gateway(accountId, id, UUID.randomUUID().toString(), isDefault, now, now, settings);
      return store.insert(g) ? remember(g) : null;
    });
  }

  public Future<Gateway> update(String id, ObjectNode body) {
    return get(id).compose(current -> {
      GatewaySettings settings = SettingsParser.parse(body, current.settings());
      return blocking.run(() -> {
        Gateway updated = current.withSettings(settings, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!store.update(updated)) {
          throw notFound(id);
        }
        remember(updated);
        notify(current, updated);
        return updated;
      });
    });
  }

  public Future<Gateway> delete(String id) {
    return get(id).compose(current -> blocking.run(() -> {
      if (!store.delete(accountId, current.id())) {
        throw notFound(id);
      }
      cache.remove(current.id());
      notify(current, null);
      return current;
    }));
  }

  private Gateway remember(Gateway g) {
    cache.put(g.id(), g);
    return g;
  }

  private void notify(Gateway before, Gateway after) {
    listeners.forEach(l -> l.accept(before, after));
  }

  private static GatewayException notFound(String id) {
    return GatewayException.of(ErrorCode.NOT_FOUND, "No gateway with id '" + id + "'");
  }
}
