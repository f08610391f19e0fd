package io.switchboard.secrets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.Gateways;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateways' stored provider keys: management operations, and the in-memory cache of decrypted
 * keys the data plane reads without waiting on the store. Loaded by {@link #refreshNow()} at start,
 * reloaded after every change made here, and by {@link #refresh()} (every {@code settings-refresh-ms})
 * for changes made by other nodes.
 */
public final class ProviderConfigs {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderConfigs.class);
  private final String accountId;
  private final ProviderConfigStore store;
  private final Gateways gateways;
  private final BlockingExecutor blocking;
  private final SecretBox box;
  private final Clock clock;
  private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile Map<String, List<StoredKey>> byGatewayAndSlug = Map.of();
  private volatile Set<String> secrets = Set.of();

  public ProviderConfigs(String accountId, ProviderConfigStore store, Gateways gateways, BlockingExecutor blocking,
      SecretBox box, Clock clock) {
    this.accountId = accountId;
    this.store = store;
    this.gateways = gateways;
    this.blocking = blocking;
    this.box = box;
    this.clock = clock;
  }

  /** Reloads and decrypts every stored key of the account (blocking). */
  public void refreshNow() {
    Map<String, List<StoredKey>> fresh = new HashMap<>();
    Set<String> known = new LinkedHashSet<>();
    for (ProviderConfig c : store.all(accountId)) {
      StoredKey key = open(c);
      fresh.computeIfAbsent(c.gatewayId() + "/" + c.providerSlug(), k -> new ArrayList<>()).add(key);
      if (key.available()) {
        known.addAll(secretParts(c.providerSlug(), key.secret()));
      }
    }
    fresh.replaceAll((k, v) -> List.copyOf(v));
    byGatewayAndSlug = Map.copyOf(fresh);
    secrets = Set.copyOf(known);
  }

  public Future<Void> refresh() {
    return blocking.run(() -> {
      refreshNow();
      return null;
    });
  }

  private StoredKey open(ProviderConfig c) {
    try {
      return new StoredKey(c, box.decrypt(c.ciphertext(), c.id()));
    } catch (SecretBox.SecretException e) {
      if (warned.add(c.id())) {
        LOG.warn("provider config {} ({} alias {} on gateway {}) cannot be used: {}", c.id(), c.providerSlug(),
            c.alias(), c.gatewayId(), e.getMessage());
      }
      return new StoredKey(c, null);
    }
  }

  // ---- data plane (memory only, never blocks)

  /** The gateway's keys for a provider, in no particular order. */
  public List<StoredKey> keys(String gatewayId, String slug) {
    return byGatewayAndSlug.getOrDefault(gatewayId + "/" + slug, List.of());
  }

  /** The key with this alias (exact match), or null. */
  public StoredKey byAlias(String gatewayId, String slug, String alias) {
    for (StoredKey k : keys(gatewayId, slug)) {
      if (k.alias().equals(alias)) {
        return k;
      }
    }
    return null;
  }

  /** The key marked {@code default_config}, else the one with alias {@code default}, else null. */
  public StoredKey defaultKey(String gatewayId, String slug) {
    StoredKey named = null;
    for (StoredKey k : keys(gatewayId, slug)) {
      if (k.config().defaultConfig()) {
        return k;
      }
      if (k.alias().equals("default")) {
        named = k;
      }
    }
    return named;
  }

  /** Every decrypted secret (and its sensitive parts), for redaction. */
  public Collection<String> knownSecrets() {
    return secrets;
  }

  static List<String> secretParts(String slug, String secret) {
    List<String> parts = new ArrayList<>(List.of(secret));
    try {
      if (ProviderConfigFields.BEDROCK.equals(slug)) {
        parts.addAll(AwsKey.parse(secret).secretParts());
      } else if (ProviderConfigFields.VERTEX.equals(slug)) {
        parts.addAll(ServiceAccount.parse(secret).secretParts());
      }
    } catch (IllegalArgumentException e) {
      // stored before validation changed: the whole value is still redacted
    }
    return parts;
  }

  // ---- management API

  public Future<Page<ProviderConfig>> list(String gatewayId, PageRequest page) {
    return gateway(gatewayId).compose(g -> blocking.run(() -> store.list(accountId, g.id(), page)));
  }

  public Future<ProviderConfig> get(String gatewayId, String id) {
    return gateway(gatewayId).compose(g -> blocking.run(() -> find(g.id(), id)));
  }

  public Future<ProviderConfig> create(String gatewayId, ObjectNode body) {
    ProviderConfigFields.Draft d = ProviderConfigFields.create(body);
    return gateway(gatewayId).compose(g -> blocking.run(() -> {
      Instant now = now();
      String id = UUID.randomUUID().toString().replace("-", "");
      ProviderConfig c = new ProviderConfig(id, accountId, g.id(), d.alias(), d.slug(), d.defaultConfig(),
          UUID.randomUUID().toString().replace("-", ""), box.encrypt(d.secret(), id),
          ProviderConfigFields.preview(d.slug(), d.secret()), d.rateLimit(), d.rateLimitPeriod(), now, now);
      check(store.insert(c), c);
      refreshNow();
      return c;
    }));
  }

  public Future<ProviderConfig> update(String gatewayId, String id, ObjectNode body) {
    return gateway(gatewayId).compose(g -> blocking.run(() -> {
      ProviderConfig current = find(g.id(), id);
      ProviderConfigFields.Draft d = ProviderConfigFields.update(current, body);
      boolean newSecret = d.secret() != null;
      ProviderConfig c = new ProviderConfig(current.id(), accountId, g.id(), d.alias(), current.providerSlug(),
          d.defaultConfig(), newSecret ? UUID.randomUUID().toString().replace("-", "") : current.secretId(),
          newSecret ? box.encrypt(d.secret(), current.id()) : current.ciphertext(),
          newSecret ? ProviderConfigFields.preview(current.providerSlug(), d.secret()) : current.secretPreview(),
          d.rateLimit(), d.rateLimitPeriod(), current.createdAt(), now());
      check(store.update(c), c);
      refreshNow();
      return c;
    }));
  }

  public Future<ProviderConfig> delete(String gatewayId, String id) {
    return gateway(gatewayId).compose(g -> blocking.run(() -> {
      ProviderConfig current = find(g.id(), id);
      if (!store.delete(accountId, g.id(), current.id())) {
        throw notFound(id);
      }
      refreshNow();
      return current;
    }));
  }

  private Future<Gateway> gateway(String gatewayId) {
    return gateways.get(gatewayId);
  }

  private ProviderConfig find(String gatewayId, String id) {
    return store.find(accountId, gatewayId, id).orElseThrow(() -> notFound(id));
  }

  private static void check(ProviderConfigStore.Outcome outcome, ProviderConfig c) {
    switch (outcome) {
      case DUPLICATE_ALIAS -> throw GatewayException.of(ErrorCode.CONFLICT, "Gateway '" + c.gatewayId()
          + "' already has a " + c.providerSlug() + " key with alias '" + c.alias() + "'");
      case MISSING -> throw notFound(c.id());
      default -> { }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static GatewayException notFound(String id) {
    return GatewayException.of(ErrorCode.NOT_FOUND, "No provider config with id '" + id + "'");
  }
}
