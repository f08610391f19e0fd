package io.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gateway's store on a PostgreSQL server ({@code --db-url}) instead of SQLite in its data
 * directory: a fresh schema per run, dropped with psql afterwards. When the server is local its
 * processes ({@code postgres}) are pinned to the load core for the run, as if the store ran on another
 * host: the proxy's core then holds only the gateway, as it does for nginx. Their affinity goes back to
 * every core when the run ends.
 */
final class PostgresStore implements AutoCloseable {
  private final String jdbcUrl;
  private final String schema;
  private final boolean local;
  /** The machine's online cores ("0-1"): the bench itself runs pinned, so the JVM sees only its own. */
  private final String allCores;
  private boolean unpinned;

  private PostgresStore(String jdbcUrl, String schema, boolean local, String allCores) {
    this.jdbcUrl = jdbcUrl;
    this.schema = schema;
    this.local = local;
    this.allCores = allCores;
  }

  static PostgresStore open(String jdbcUrl, int loadCore) {
    if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException("--db-url must be a jdbc:postgresql:// URL, not " + jdbcUrl);
    }
    boolean local = isLocal(jdbcUrl);
    PostgresStore store = new PostgresStore(jdbcUrl, "bench_" + ProcessHandle.current().pid() + "_"
        + System.currentTimeMillis() / 1000, local, onlineCores());
    if (local) {
      pin(Integer.toString(loadCore));
      Runtime.getRuntime().addShutdownHook(new Thread(store::unpin, "bench-postgres-unpin"));
    }
    return store;
  }

  /** The gateway's flags for this store. */
  List<String> gatewayArgs() {
    return List.of("--db-url", jdbcUrl, "--db-schema", schema);
  }

  /** One line for the report's header. */
  String describe() {
    return "PostgreSQL at " + jdbcUrl + " (schema " + schema + ")"
        + (local ? ", its server processes pinned to the load core for the run" : ", on another host");
  }

  /** Gives the server's processes every core again (also on Ctrl-C, from a shutdown hook); once is enough. */
  private synchronized void unpin() {
    if (local && !unpinned) {
      pin(allCores);
      unpinned = true;
    }
  }

  @Override
  public void close() {
    unpin();
    if (drop(jdbcUrl, schema) != 0) {
      Bench.progress("could not drop schema " + schema + " with psql; drop it by hand");
    }
  }

  /** Drops {@code schema} with psql; psql's exit status. */
  static int drop(String jdbcUrl, String schema) {
    return run(dropCommand(jdbcUrl, schema)).exit();
  }

  /** Refreshes the planner's statistics of the log tables in {@code schema} with psql; psql's exit status. */
  static int analyze(String jdbcUrl, String schema) {
    return run(analyzeCommand(jdbcUrl, schema)).exit();
  }

  /** The psql command that analyses the log tables of {@code schema}. */
  static List<String> analyzeCommand(String jdbcUrl, String schema) {
    return psql(jdbcUrl, "ANALYZE " + String.join(", ", List.of("logs", "log_metadata", "log_counts",
        "log_counts_by_outcome", "log_rollups", "log_rollups_hour").stream().map(t -> schema + "." + t).toList()));
  }

  /** The psql command that drops {@code schema} on the server, database and user of {@code jdbcUrl}. */
  static List<String> dropCommand(String jdbcUrl, String schema) {
    return psql(jdbcUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** psql running one command on the server, database and user of {@code jdbcUrl}. */
  private static List<String> psql(String jdbcUrl, String command) {
    URI u = uri(jdbcUrl);
    List<String> psql = new ArrayList<>(List.of("psql", "-q", "-h", u.getHost(), "-p",
        Integer.toString(u.getPort() < 0 ? 5432 : u.getPort()), "-d", u.getPath().substring(1)));
    String user = query(u, "user");
    if (user != null) {
      psql.addAll(List.of("-U", user));
    }
    psql.addAll(List.of("-c", command));
    return psql;
  }

  /** Whether the server runs on this machine, so that its processes can be pinned. */
  static boolean isLocal(String jdbcUrl) {
    String host = uri(jdbcUrl).getHost();
    return "127.0.0.1".equals(host) || "localhost".equals(host);
  }

  private static void pin(String cpus) {
    for (String pid : run(List.of("pgrep", "-x", "postgres")).output().split("\\s+")) {
      if (!pid.isBlank()) {
        run(List.of("taskset", "-a", "-p", "-c", cpus, pid.trim()));
      }
    }
  }

  private static String onlineCores() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/sys/devices/system/cpu/online")).trim();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the online cores: " + e.getMessage(), e);
    }
  }

  private static URI uri(String jdbcUrl) {
    return URI.create(jdbcUrl.substring("jdbc:".length()));
  }

  private static String query(URI u, String key) {
    if (u.getQuery() == null) {
      return null;
    }
    for (String pair : u.getQuery().split("&")) {
      if (pair.toLowerCase(Locale.ROOT).startsWith(key + "=")) {
        return pair.substring(key.length() + 1);
      }
    }
    return null;
  }

  private record Ran(int exit, String output) {
  }

  /** Runs a command to its end; exit -1 (and no output) when it cannot start. */
  private static Ran run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new Ran(p.waitFor(), out);
    } catch (IOException e) {
      return new Ran(-1, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Ran(-1, "");
    }
  }
}
