package io.switchboard.bench;

import io.switchboard.config.Settings;
import io.switchboard.config.SettingsLoader;
import io.switchboard.log.LogEntry;
import io.switchboard.log.LogStore;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A large log table for query timings, written straight through the gateway's own store
 * ({@link Stores#logs()}, {@code insert} in batches of {@link #BATCH}) into a SQLite database under
 * {@code dir}: rows spread evenly over the 30 days before generation, three gateways (60/30/10 %),
 * eight provider/model pairs, 3 % errors, usage and cost on every success, metadata on one row in ten,
 * no bodies. The rollups the analytics read are written by the same inserts. The store is SQLite under
 * {@code dir}, or with a PostgreSQL URL the schema {@link #schema(long)} of that server, kept between runs
 * (drop it with {@code DROP SCHEMA bench_logdata_N CASCADE}) and analysed after it is written, as autovacuum
 * would. Reused when {@code dir/dataset.properties} names the same rows and store and the store still counts
 * them.
 */
final class LogDataset {
  static final String ACCOUNT = "0b5e7c1a2d3f4e5a6b7c8d9e0f1a2b3c";
  static final int BATCH = 10_000;
  static final long SPAN_MS = 30L * 24 * 3600 * 1000;
  static final String[] GATEWAYS = {"prod", "prod", "prod", "prod", "prod", "prod", "staging", "staging", "staging",
      "dev"};
  static final String[][] MODELS = {{"openai", "gpt-4o-mini"}, {"openai", "gpt-4o"}, {"openai", "gpt-4.1-nano"},
      {"anthropic", "claude-3-5-haiku-latest"}, {"anthropic", "claude-sonnet-4"}, {"google-ai-studio",
      "gemini-2.0-flash"}, {"workers-ai", "@cf/meta/llama-3.1-8b-instruct"}, {"aws-bedrock", "amazon.nova-lite-v1:0"}};

  /** Where the rows are (SQLite under dataDir, or dbUrl's schema for them) and the time range they cover. */
  record Info(Path dataDir, String dbUrl, long rows, long startMillis, long endMillis) {
    Settings settings() {
      return LogDataset.settings(dataDir, dbUrl, rows);
    }

    String store() {
      return LogDataset.store(dbUrl, rows);
    }
  }

  private LogDataset() {
  }

  /** Which store a dataset of {@code rows} rows is in, for progress lines and the report. */
  static String store(String dbUrl, long rows) {
    return dbUrl == null ? "SQLite" : "PostgreSQL at " + dbUrl + ", schema " + schema(rows);
  }

  /** The PostgreSQL schema a dataset of {@code rows} rows lives in. */
  static String schema(long rows) {
    return "bench_logdata_" + rows;
  }

  static Settings settings(Path dataDir, String dbUrl, long rows) {
    List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--account-id", ACCOUNT,
        "--db-pool-size", "2"));
    if (dbUrl != null) {
      args.addAll(List.of("--db-url", dbUrl, "--db-schema", schema(rows)));
    }
    return SettingsLoader.load(args, Map.of());
  }

  /**
   * Generates the dataset unless {@code dir} already describes one of {@code rows} rows in the same store
   * ({@code dbUrl}, null for SQLite) and that store still counts them.
   */
  static Info ensure(Path dir, long rows, String dbUrl, Consumer<String> progress) {
    Path marker = dir.resolve("dataset.properties");
    Info existing = read(marker, dir.resolve("data"));
    if (existing != null && existing.rows() == rows && Objects.equals(existing.dbUrl(), dbUrl)
        && stored(existing) == rows) {
      progress.accept("reusing " + rows + " log rows (" + existing.store() + ") described in " + dir);
      return existing;
    }
    clean(dir);
    if (dbUrl != null && PostgresStore.drop(dbUrl, schema(rows)) != 0) {
      throw new IllegalStateException("could not drop schema " + schema(rows) + " with psql");
    }
    long end = System.currentTimeMillis();
    Info info = new Info(dir.resolve("data"), dbUrl, rows, end - SPAN_MS, end);
    try (Database db = Database.open(info.settings())) {
      generate(new Stores(db).logs(), info, progress);
    }
    if (dbUrl != null && PostgresStore.analyze(dbUrl, schema(rows)) != 0) {
      throw new IllegalStateException("could not analyse schema " + schema(rows) + " with psql");
    }
    write(marker, info);
    return info;
  }

  /** The rows the store counts for the dataset's gateways (0 when it cannot be opened). */
  private static long stored(Info info) {
    try (Database db = Database.open(info.settings())) {
      LogStore store = new Stores(db).logs();
      return Arrays.stream(GATEWAYS).distinct().mapToLong(g -> store.count(ACCOUNT, g)).sum();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static void generate(LogStore store, Info info, Consumer<String> progress) {
    SplittableRandom random = new SplittableRandom(42);
    long started = System.nanoTime();
    List<LogEntry> batch = new ArrayList<>(BATCH);
    for (long i = 0; i < info.rows(); i++) {
      long at = info.startMillis() + i * SPAN_MS / info.rows();
      batch.add(entry(random, at, i));
      if (batch.size() == BATCH || i == info.rows() - 1) {
        store.insert(batch, Map.of());
        batch.clear();
        if ((i + 1) % 500_000 == 0) {
          double s = (System.nanoTime() - started) / 1e9;
          progress.accept(String.format(java.util.Locale.ROOT, "%,d rows in %.0f s (%,.0f rows/s)", i + 1, s,
              (i + 1) / s));
        }
      }
    }
  }

  private static LogEntry entry(SplittableRandom r, long at, long i) {
    String gateway = GATEWAYS[r.nextInt(GATEWAYS.length)];
    String[] pm = MODELS[r.nextInt(MODELS.length)];
    int roll = r.nextInt(100);
    int status = roll < 97 ? 200 : roll < 99 ? 429 : 500;
    boolean ok = status == 200;
    Long in = ok ? (long) r.nextInt(20, 4000) : null;
    Long out = ok ? (long) r.nextInt(1, 1000) : null;
    BigDecimal cost = ok ? BigDecimal.valueOf((in * 150L + out * 600L) * 1000L, 12) : null;
    Map<String, Object> metadata = i % 10 == 0 ? Map.of("user", "user-" + r.nextInt(1000)) : Map.of();
    String id = uuidV7(r, at);
    return new LogEntry(id, id, id, ACCOUNT, gateway, at, pm[0], pm[1], null, "POST", "/chat/completions", 1, null,
        r.nextInt(80, 4000), status, ok, r.nextInt(50) == 0, in, out, null, null, cost, false, metadata, "provider",
        "application/json", "application/json", r.nextInt(200, 4000), ok ? r.nextInt(300, 8000) : 120, null, null,
        true, "bench/1.0", false, ok ? null : "upstream answered " + status, null, null);
  }

  private static String uuidV7(SplittableRandom r, long millis) {
    long msb = (millis << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  private static Info read(Path marker, Path dataDir) {
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    Properties p = new Properties();
    try (var in = Files.newInputStream(marker)) {
      p.load(in);
    } catch (IOException e) {
      return null;
    }
    return new Info(dataDir, p.getProperty("db-url"), Long.parseLong(p.getProperty("rows")),
        Long.parseLong(p.getProperty("start")), Long.parseLong(p.getProperty("end")));
  }

  private static void write(Path marker, Info info) {
    Properties p = new Properties();
    p.setProperty("rows", Long.toString(info.rows()));
    if (info.dbUrl() != null) {
      p.setProperty("db-url", info.dbUrl());
    }
    p.setProperty("start", Long.toString(info.startMillis()));
    p.setProperty("end", Long.toString(info.endMillis()));
    try (var out = Files.newOutputStream(marker)) {
      p.store(out, "log dataset written by io.switchboard.bench.LogDataset; delete the directory to regenerate");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void clean(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (var paths = Files.walk(dir)) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
