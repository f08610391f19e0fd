package io.switchboard.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/** The validated, immutable settings of one gateway process. See {@link Option} for each. */
public record Settings(
    String host,
    int port,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String dbSchema,
    int dbPoolSize,
    String publicUrl,
    long maxBodyBytes,
    long maxBufferedBodyBytes,
    long adminMaxBodyBytes,
    String accountId,
    String bootstrapToken,
    boolean allowHttpCustomProviders,
    int connectTimeoutMs,
    int idleTimeoutSeconds,
    int upstreamPoolSize,
    int eventLoops,
    int logQueueSize,
    int logBatchSize,
    long logWriteIntervalMs,
    String metricsToken,
    String pricingFile,
    long shutdownGraceMs,
    long settingsRefreshMs,
    String masterKey,
    Path masterKeyFile,
    String redisUrl,
    String redisKeyPrefix,
    long redisTimeoutMs,
    long cacheMaxBytes,
    long cacheMaxEntryBytes,
    Map<String, String> upstreams) {

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

  public Settings {
    upstreams = Map.copyOf(upstreams);
  }

  /** Defaults for everything, as if started with no flags, environment or file. */
  public static Settings defaults() {
    return from(Map.of(), Map.of());
  }

  static Settings from(Map<Option, String> values, Map<String, String> upstreams) {
    Values v = new Values(values);
    Path dataDir = Path.of(v.string(Option.DATA_DIR));
    String dbUrl = v.string(Option.DB_URL);
    if (dbUrl.isBlank()) {
      dbUrl = "jdbc:sqlite:" + dataDir.resolve("switchboard.db");
    } else if (!dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql:")) {
      throw new SettingsException("db-url must start with jdbc:sqlite: or jdbc:postgresql:, got '" + dbUrl + "'");
    }
    String accountId = v.string(Option.ACCOUNT_ID).toLowerCase();
    if (!accountId.isEmpty() && !accountId.matches("[0-9a-f]{32}")) {
      throw new SettingsException("account-id must be 32 hex characters, got '" + accountId + "'");
    }
    String bootstrap = v.string(Option.BOOTSTRAP_TOKEN);
    if (!bootstrap.isEmpty() && bootstrap.length() < 32) {
      throw new SettingsException("bootstrap-token must be at least 32 characters");
    }
    upstreams.forEach((provider, url) -> {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new SettingsException("upstream " + provider + " must be an http(s) URL, got '" + url + "'");
      }
    });
    return new Settings(
        v.string(Option.HOST),
        v.integer(Option.PORT, 0, 65535),
        dataDir,
        dbUrl,
        v.string(Option.DB_USER),
        v.string(Option.DB_PASSWORD),
        v.string(Option.DB_SCHEMA),
        v.integer(Option.DB_POOL_SIZE, 1, 1000),
        v.string(Option.PUBLIC_URL),
        v.longValue(Option.MAX_BODY_BYTES, 1024, Long.MAX_VALUE),
        heapShare(v, Option.MAX_BUFFERED_BODY_BYTES, Runtime.getRuntime().maxMemory()),
        v.longValue(Option.ADMIN_MAX_BODY_BYTES, 1024, Long.MAX_VALUE),
        accountId,
        bootstrap,
        v.bool(Option.ALLOW_HTTP_CUSTOM_PROVIDERS),
        v.integer(Option.CONNECT_TIMEOUT_MS, 1, 600_000),
        v.integer(Option.IDLE_TIMEOUT_S, 1, 86_400),
        v.integer(Option.UPSTREAM_POOL_SIZE, 1, 100_000),
        resolveEventLoops(v.integer(Option.EVENT_LOOPS, 0, 1024)),
        v.integer(Option.LOG_QUEUE_SIZE, 100, 10_000_000),
        v.integer(Option.LOG_BATCH_SIZE, 1, 100_000),
        v.longValue(Option.LOG_WRITE_INTERVAL_MS, 1, 10_000),
        v.string(Option.METRICS_TOKEN),
        v.string(Option.PRICING_FILE),
        v.longValue(Option.SHUTDOWN_GRACE_MS, 0, 3_600_000),
        v.longValue(Option.SETTINGS_REFRESH_MS, 100, 3_600_000),
        v.string(Option.MASTER_KEY),
        v.string(Option.MASTER_KEY_FILE).isEmpty() ? dataDir.resolve("master.key")
            : Path.of(v.string(Option.MASTER_KEY_FILE)),
        redisUrl(v.string(Option.REDIS)),
        v.string(Option.REDIS_KEY_PREFIX),
        v.longValue(Option.REDIS_TIMEOUT_MS, 1, 60_000),
        heapShare(v, Option.CACHE_MAX_BYTES, Runtime.getRuntime().maxMemory()),
        v.longValue(Option.CACHE_MAX_ENTRY_BYTES, 0, Integer.MAX_VALUE - 1024),
        upstreams);
  }

  /**
   * A bound on memory the gateway keeps on the heap (the in-process cache, request bodies held at once):
   * a quarter of the heap by default; more than half is refused, since filling it would end the process
   * with an OutOfMemoryError.
   */
  private static long heapShare(Values v, Option option, long maxHeap) {
    if (v.string(option).isBlank()) {
      return maxHeap / 4;
    }
    long bytes = v.longValue(option, 0, Long.MAX_VALUE);
    if (bytes > maxHeap / 2) {
      throw new SettingsException(option.key() + " (" + bytes + ") is more than half of the JVM's maximum heap ("
          + maxHeap + " bytes): lower " + option.key() + ", or raise -Xmx in JAVA_OPTS (docs/configuration.md)");
    }
    return bytes;
  }

  private static String redisUrl(String url) {
    if (!url.isEmpty() && !url.startsWith("redis://") && !url.startsWith("rediss://")) {
      throw new SettingsException("redis must be a redis:// or rediss:// URL, got '" + url + "'");
    }
    return url;
  }

  private static int resolveEventLoops(int configured) {
    return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
  }

  /** Like the record's, with the database password and master key masked. */
  @Override
  public String toString() {
    return "Settings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrlForDisplay()
        + ", dbPassword=" + (dbPassword.isEmpty() ? "" : "****") + ", masterKey=" + (masterKey.isEmpty() ? "" : "****")
        + ", masterKeyFile=" + masterKeyFile + ", redis=" + (redisUrl.contains("@") ? "****" : redisUrl) + "]";
  }

  /** The store's JDBC URL with any {@code password=} parameter masked, for the console and logs. */
  public String dbUrlForDisplay() {
    return PASSWORD_PARAMETER.matcher(dbUrl).replaceAll("$1****");
  }

  /** Which response cache this node uses, for the start-up banner (no Redis URL: it may hold a password). */
  public String cacheForDisplay() {
    return redisUrl.isEmpty() ? "in-process, up to " + cacheMaxBytes / (1024 * 1024) + " MiB"
        : "Redis, shared by every node (misses while Redis is down)";
  }

  public boolean isPostgres() {
    return dbUrl.startsWith("jdbc:postgresql:");
  }

  /** The base URL clients reach this gateway on; with {@code port} 0 pass the bound port. */
  public String baseUrl(int boundPort) {
    if (!publicUrl.isBlank()) {
      return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + boundPort;
  }

  private record Values(Map<Option, String> values) {
    String string(Option o) {
      return values.getOrDefault(o, o.defaultValue()).trim();
    }

    long longValue(Option o, long min, long max) {
      String s = string(o);
      try {
        long n = Long.parseLong(s);
        if (n < min || n > max) {
          throw new SettingsException(o.key() + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new SettingsException(o.key() + " must be a whole number, got '" + s + "'");
      }
    }

    int integer(Option o, int min, int max) {
      return (int) longValue(o, min, max);
    }

    boolean bool(Option o) {
      String s = string(o).toLowerCase();
      if (s.equals("true") || s.equals("false")) {
        return Boolean.parseBoolean(s);
      }
      throw new SettingsException(o.key() + " must be true or false, got '" + s + "'");
    }
  }
}
