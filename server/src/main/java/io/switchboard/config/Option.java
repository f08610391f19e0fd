package io.switchboard.config;

/**
 * Every setting, with its default and meaning. A setting is read from, in order of precedence, the
 * command line ({@code --name value}), the environment ({@code SWITCHBOARD_NAME}) and the config
 * file ({@code name=value}). docs/configuration.md lists this table (DocsTest keeps them in step).
 */
public enum Option {
  CONFIG("config", "switchboard.properties", "Config file (Java properties). Optional; a missing default file is ignored."),
  HOST("host", "127.0.0.1", "Address to listen on."),
  PORT("port", "8787", "Port to listen on (0 picks a free port)."),
  DATA_DIR("data-dir", "./data", "Directory for the SQLite database and key files."),
  DB_URL("db-url", "", "JDBC URL of the store. Empty: SQLite at {data-dir}/switchboard.db. "
      + "jdbc:postgresql://host:5432/db selects PostgreSQL."),
  DB_USER("db-user", "", "Database user (PostgreSQL)."),
  DB_PASSWORD("db-password", "", "Database password (PostgreSQL)."),
  DB_SCHEMA("db-schema", "", "Database schema to use and migrate (PostgreSQL); empty: the connection's default."),
  DB_POOL_SIZE("db-pool-size", "8", "Maximum JDBC connections."),
  PUBLIC_URL("public-url", "", "Base URL clients use to reach this gateway; empty: http://{host}:{port}."),
  MAX_BODY_BYTES("max-body-bytes", "104857600", "Largest data-plane request body accepted (bytes); larger: 413."),
  MAX_BUFFERED_BODY_BYTES("max-buffered-body-bytes", "", "Request body bytes the gateway may hold at once, all "
      + "requests together (bodies are kept whole for retries); more: 503 with Retry-After. Empty: a quarter of the "
      + "JVM's maximum heap; at most half of it."),
  ADMIN_MAX_BODY_BYTES("admin-max-body-bytes", "1048576", "Largest management API request body (bytes); larger: 413."),
  ACCOUNT_ID("account-id", "", "On first start only: the account id (32 hex characters), for example your "
      + "Cloudflare account id so that URLs stay the same; empty: random."),
  BOOTSTRAP_TOKEN("bootstrap-token", "", "On first start only: use this value as the admin token instead of a "
      + "random one (for automated deployments). At least 32 characters."),
  ALLOW_HTTP_CUSTOM_PROVIDERS("allow-http-custom-providers", "false",
      "Allow custom providers with plain http:// base URLs (for local model servers)."),
  CONNECT_TIMEOUT_MS("connect-timeout-ms", "10000", "Upstream connect timeout (ms)."),
  IDLE_TIMEOUT_S("idle-timeout-s", "60", "Upstream pooled connection idle timeout (seconds)."),
  UPSTREAM_POOL_SIZE("upstream-pool-size", "512", "Maximum pooled HTTP/1.1 connections per upstream host."),
  EVENT_LOOPS("event-loops", "0", "Event-loop threads (and server instances); 0: one per available core."),
  LOG_QUEUE_SIZE("log-queue-size", "50000", "Log entries that may wait for the writer; past that new entries are "
      + "dropped (counted in metrics and the log)."),
  LOG_BATCH_SIZE("log-batch-size", "2000", "Most log entries the writer stores in one transaction."),
  LOG_WRITE_INTERVAL_MS("log-write-interval-ms", "100", "How often the log writer takes what is queued, at the latest "
      + "(ms; earlier once 256 entries wait). Longer: larger batches, less writer CPU per entry; a crash can lose up to this "
      + "much more."),
  METRICS_TOKEN("metrics-token", "", "Bearer token GET /metrics requires (Authorization: Bearer ...); empty: "
      + "/metrics is open to whoever can reach the port."),
  PRICING_FILE("pricing-file", "", "A JSON pricing file (same format as the shipped pricing.json) whose entries "
      + "override and extend the shipped prices; see docs/costs.md."),
  SHUTDOWN_GRACE_MS("shutdown-grace-ms", "30000", "On SIGTERM, how long in-flight requests may take to finish."),
  SETTINGS_REFRESH_MS("settings-refresh-ms", "5000",
      "How often cached gateway settings and tokens are re-read from the store (for changes made by other nodes)."),
  MASTER_KEY("master-key", "", "Master key encrypting stored provider keys (BYOK): 32 bytes, base64. Prefer the "
      + "environment variable to a flag. Empty: read master-key-file."),
  MASTER_KEY_FILE("master-key-file", "", "File holding the master key (base64); created with owner-only "
      + "permissions on first start when missing. Empty: {data-dir}/master.key."),
  REDIS("redis", "", "Redis URL (redis://[:password@]host:6379[/db]) shared by every node for the response cache "
      + "and rate limits; empty: both in-process. See docs/cache.md and docs/rate-limits.md."),
  REDIS_KEY_PREFIX("redis-key-prefix", "switchboard:", "Prefix of every Redis key this installation uses."),
  REDIS_TIMEOUT_MS("redis-timeout-ms", "250", "How long one Redis command may take before the cache counts a miss "
      + "and rate limits fall back to in-process."),
  CACHE_MAX_BYTES("cache-max-bytes", "", "Memory the in-process response cache may hold (bytes). Empty: a quarter "
      + "of the JVM's maximum heap; at most half of it."),
  CACHE_MAX_ENTRY_BYTES("cache-max-entry-bytes", "26214400",
      "Largest response body that is cached (bytes); larger responses are relayed but not stored.");

  private final String key;
  private final String defaultValue;
  private final String description;

  Option(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public String envName() {
    return "SWITCHBOARD_" + key.toUpperCase().replace('-', '_');
  }

  public static Option byKey(String key) {
    for (Option o : values()) {
      if (o.key.equals(key)) {
        return o;
      }
    }
    return null;
  }
}
