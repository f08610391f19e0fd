package io.switchboard;

import io.switchboard.account.Account;
import io.switchboard.account.Bootstrap;
import io.switchboard.admin.ManagementApi;
import io.switchboard.auth.Tokens;
import io.switchboard.cache.ResponseCache;
import io.switchboard.ratelimit.RateLimitGate;
import io.switchboard.ratelimit.RateLimiter;
import io.switchboard.redis.RedisLink;
import io.switchboard.config.Settings;
import io.switchboard.cost.Pricing;
import java.nio.file.Path;
import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.Gateways;
import io.switchboard.log.LogStore;
import io.switchboard.log.LogWriter;
import io.switchboard.log.Logs;
import io.switchboard.http.GatewayServer;
import io.switchboard.metrics.Metrics;
import io.switchboard.metrics.MetricsEndpoint;
import io.switchboard.provider.CustomProviders;
import io.switchboard.provider.ProviderRegistry;
import io.switchboard.provider.ProviderTable;
import io.switchboard.proxy.BodyLimits;
import io.switchboard.proxy.DataPlane;
import io.switchboard.proxy.Proxy;
import io.switchboard.proxy.Upstream;
import io.switchboard.secrets.Credentials;
import io.switchboard.secrets.MasterKey;
import io.switchboard.secrets.ProviderConfigs;
import io.switchboard.secrets.Redaction;
import io.switchboard.secrets.SecretBox;
import io.switchboard.secrets.VertexTokens;
import io.switchboard.store.BlockingExecutor;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running gateway: store, services and HTTP server, started and stopped as a whole. */
public final class Switchboard {
  private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);
  private final Settings settings;
  private final Database database;
  private final Vertx vertx;
  private final BlockingExecutor blocking;
  private final GatewayServer server;
  private final Account account;
  private final ProviderRegistry providers;
  private final String newAdminToken;
  private final String baseUrl;
  private final long refreshTimer;
  private final LogWriter logWriter;
  private final Metrics metrics = new Metrics();
  private final java.util.function.Supplier<java.util.Collection<String>> secretsForRedaction;
  private final RedisLink redis;
  private final ResponseCache cache;
  private volatile boolean stopped;

  private Switchboard(Settings settings, Clock clock) {
    this.settings = settings;
    MasterKey masterKey = MasterKey.load(settings);
    this.database = Database.open(settings);
    this.vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true)
        .setEventLoopPoolSize(settings.eventLoops()));
    this.blocking = new BlockingExecutor(vertx, Math.max(4, settings.dbPoolSize()));
    Stores stores = new Stores(database);
    Duration refresh = Duration.ofMillis(settings.settingsRefreshMs());
    Tokens tokens = new Tokens(stores.tokens(), blocking, clock, refresh);
    Bootstrap.Result boot = Bootstrap.run(stores.accounts(), stores.tokens(), tokens, clock, settings.accountId(),
        settings.bootstrapToken());
    this.account = boot.account();
    this.newAdminToken = boot.newAdminToken();
    Gateways gateways = new Gateways(account.id(), stores.gateways(), blocking, clock);
    gateways.refreshNow();
    CustomProviders customProviders = new CustomProviders(account.id(), stores.customProviders(), blocking, clock,
        settings.allowHttpCustomProviders());
    customProviders.refreshNow();
    this.logWriter = new LogWriter(stores.logs(), id -> logCap(gateways.cached(id)), settings.logQueueSize(),
        settings.logBatchSize(), settings.logWriteIntervalMs());
    metrics.watch(logWriter);
    Logs logs = new Logs(account.id(), stores.logs(), logWriter, blocking, metrics.observer());
    Pricing pricing = settings.pricingFile().isEmpty() ? Pricing.load() : Pricing.load(Path.of(settings.pricingFile()));
    ProviderTable table = new ProviderTable(account.id(), settings.upstreams(), customProviders);
    this.providers = table;
    ProviderConfigs providerConfigs = new ProviderConfigs(account.id(), stores.providerConfigs(), gateways, blocking,
        new SecretBox(masterKey), clock);
    providerConfigs.refreshNow();
    gateways.onChange((before, after) -> providerConfigs.refresh());
    this.secretsForRedaction = Redaction.register(providerConfigs::knownSecrets);
    Credentials credentials = new Credentials(providerConfigs, table::spec, new VertexTokens(vertx, clock), clock);
    this.redis = settings.redisUrl().isEmpty() ? null
        : new RedisLink(vertx, settings.redisUrl(), settings.redisKeyPrefix(), settings.redisTimeoutMs());
    this.cache = Caches.responseCache(settings, redis, clock);
    cache.watch(gateways);
    RateLimiter limiter = Caches.limiter(redis, clock);
    BodyLimits bodyLimits = new BodyLimits(settings.maxBodyBytes(), settings.maxBufferedBodyBytes());
    metrics.watch(bodyLimits);
    this.server = new GatewayServer(vertx,
        () -> new DataPlane(account.id(), gateways, tokens, new RateLimitGate(limiter,
            new Proxy(vertx, new Upstream(vertx, settings), providers, logs, pricing, bodyLimits,
                credentials, cache))),
        () -> ManagementApi.router(vertx, gateways, customProviders, tokens, logs, clock, this::baseUrl,
            settings.adminMaxBodyBytes(), providerConfigs),
        blocking, database::isReachable, new MetricsEndpoint(metrics, settings.metricsToken()));
    await(server.listen(settings.host(), settings.port(), settings.eventLoops(), settings.shutdownGraceMs()));
    this.baseUrl = settings.baseUrl(server.port());
    this.refreshTimer = vertx.setPeriodic(settings.settingsRefreshMs(), id -> {
      gateways.refresh().onFailure(e -> LOG.warn("gateway settings refresh failed: {}", e.getMessage()));
      customProviders.refresh().onFailure(e -> LOG.warn("custom providers refresh failed: {}", e.getMessage()));
      providerConfigs.refresh().onFailure(e -> LOG.warn("provider keys refresh failed: {}", e.getMessage()));
      blocking.run(database::isReachable).onComplete(ar -> metrics.storeReachable(ar.succeeded() && ar.result()));
    });
  }

  /** Opens the store, bootstraps the account and starts listening (blocking). */
  public static Switchboard start(Settings settings) {
    return new Switchboard(settings, Clock.systemUTC());
  }

  public static Switchboard start(Settings settings, Clock clock) {
    return new Switchboard(settings, clock);
  }

  /** Drains in-flight requests (up to the grace period), flushes pending writes, closes the store. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    vertx.cancelTimer(refreshTimer);
    try {
      await(server.shutdown());
    } catch (RuntimeException e) {
      LOG.warn("shutdown: {}", e.getMessage());
    }
    logWriter.close(settings.shutdownGraceMs());
    blocking.close();
    if (redis != null) {
      redis.close();
    }
    await(vertx.close());
    database.close();
    Redaction.unregister(secretsForRedaction);
  }

  public int port() {
    return server.port();
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String accountId() {
    return account.id();
  }

  /**
   * The network transport the event loops run on: Netty's native epoll where its library loaded (Linux x86-64:
   * no NIO selector, and no per-write ByteBuffer objects), else NIO and why the native one is not used.
   */
  public String transportForDisplay() {
    if (vertx.isNativeTransportEnabled()) {
      return "epoll (native)";
    }
    Throwable cause = vertx.unavailableNativeTransportCause();
    return "NIO" + (cause == null ? "" : " (native transport unavailable: " + cause.getMessage() + ")");
  }

  /** Provider slug → upstream (built-in table, custom providers, upstream overrides). */
  public ProviderRegistry providers() {
    return providers;
  }

  /** The admin token value when this start created one, else null. */
  public String newAdminToken() {
    return newAdminToken;
  }

  /** The process's metrics (what GET /metrics shows). */
  public Metrics metrics() {
    return metrics;
  }

  public Settings settings() {
    return settings;
  }

  /** The response cache (hit and miss counts). */
  public ResponseCache cache() {
    return cache;
  }

  /** Operations served in-process because Redis was unavailable (0 without Redis). */
  public long redisFallbacks() {
    return redis == null ? 0 : redis.fallbacks();
  }

  /** A gateway's log cap from its log_management settings, or null when it has none. */
  private static LogStore.LogCap logCap(Gateway g) {
    if (g == null || !g.settings().get("log_management").isNumber()) {
      return null;
    }
    return new LogStore.LogCap(g.settings().get("log_management").asLong(),
        !"STOP_INSERTING".equals(g.settings().get("log_management_strategy").asText()));
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
