package io.switchboard.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.switchboard.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and schema of one store: SQLite (WAL mode, the default) or PostgreSQL,
 * chosen by the JDBC URL, migrated by Flyway from {@code db/migration/{dialect}} on open.
 */
public final class Database implements AutoCloseable {
  /** The page size of a new SQLite store. */
  static final int SQLITE_PAGE_SIZE = 16 * 1024;
  private final HikariDataSource dataSource;
  private final Dialect dialect;

  private Database(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  public static Database open(Settings settings) {
    Dialect dialect = settings.isPostgres() ? Dialect.POSTGRES : Dialect.SQLITE;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.dbUrl());
    config.setPoolName("switchboard-store");
    config.setMaximumPoolSize(settings.dbPoolSize());
    config.setConnectionTimeout(10_000);
    if (dialect == Dialect.SQLITE) {
      createParent(settings.dbUrl());
      createWithLargePages(settings.dbUrl());
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("foreign_keys", "true");
    } else {
      if (!settings.dbUser().isEmpty()) {
        config.setUsername(settings.dbUser());
      }
      if (!settings.dbPassword().isEmpty()) {
        config.setPassword(settings.dbPassword());
      }
      if (!settings.dbSchema().isEmpty()) {
        config.setConnectionInitSql("CREATE SCHEMA IF NOT EXISTS \"" + quoteSafe(settings.dbSchema()) + "\"");
        config.setSchema(settings.dbSchema());
      }
    }
    HikariDataSource ds = new HikariDataSource(config);
    try {
      migrate(ds, dialect, settings.dbSchema());
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds, dialect);
  }

  private static void migrate(DataSource ds, Dialect dialect, String schema) {
    var flyway = Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/" + dialect.folder())
        .loggers("slf4j");
    if (dialect == Dialect.POSTGRES && !schema.isEmpty()) {
      flyway.schemas(schema).defaultSchema(schema);
    }
    flyway.load().migrate();
  }

  private static void createParent(String url) {
    String file = sqliteFile(url);
    if (file == null) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create data directory " + parent + ": " + e.getMessage(), e);
    }
  }

  /** The file of a {@code jdbc:sqlite:} URL, or null for an in-memory or {@code file:} URI store. */
  private static String sqliteFile(String url) {
    String file = url.substring("jdbc:sqlite:".length());
    int q = file.indexOf('?');
    if (q >= 0) {
      file = file.substring(0, q);
    }
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return null;
    }
    return file;
  }

  /**
   * A new SQLite file gets {@link #SQLITE_PAGE_SIZE}-byte pages before anything else writes it: the page size
   * of a WAL database is fixed once its first page exists. Each commit writes every page it changed to the
   * WAL (two system calls per page) and each checkpoint copies them again; with pages four times the default
   * size the log writer makes 60 % fewer of those calls and spends about a tenth less CPU per entry
   * (docs/benchmarks.md, session 4, "Log writer: 16 KiB pages"). An existing file keeps its page size.
   */
  private static void createWithLargePages(String url) {
    String file = sqliteFile(url);
    if (file == null || Files.exists(Path.of(file))) {
      return;
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement s = c.createStatement()) {
      s.execute("PRAGMA page_size = " + SQLITE_PAGE_SIZE);
      s.execute("PRAGMA journal_mode = WAL");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot create the SQLite store " + file + ": " + e.getMessage(), e);
    }
  }

  private static String quoteSafe(String schema) {
    if (!schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("db-schema must be a plain identifier, got '" + schema + "'");
    }
    return schema;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** True when a trivial query succeeds (blocking). */
  public boolean isReachable() {
    try {
      return jdbc().count("SELECT 1", ps -> { }) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public Jdbc jdbc() {
    return new Jdbc(dataSource);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
