package io.switchboard.testkit;

import io.switchboard.config.Settings;
import io.switchboard.config.SettingsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The two stores a test can run against. SQLite lives in a temporary directory; PostgreSQL is the
 * local server at {@link #POSTGRES_URL} with a schema of its own per {@link Place}, dropped afterwards.
 */
public enum Backend {
  SQLITE,
  POSTGRES;

  public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  /** Where one test class keeps its data: a directory, and for PostgreSQL a schema. */
  public record Place(Backend backend, Path dir, String schema) implements AutoCloseable {
    /** Command-line flags that point a gateway at this place. */
    public List<String> args() {
      List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "--port", "0"));
      if (backend == POSTGRES) {
        args.addAll(List.of("--db-url", POSTGRES_URL, "--db-schema", schema));
      }
      return args;
    }

    /** Settings for this place plus {@code extra} flags. */
    public Settings settings(String... extra) {
      List<String> args = new ArrayList<>(args());
      args.addAll(List.of(extra));
      return SettingsLoader.load(args, Map.of());
    }

    @Override
    public void close() {
      if (backend == POSTGRES) {
        dropSchema(schema);
      }
      deleteTree(dir);
    }
  }

  /** A fresh, empty place for one test class. */
  public Place newPlace() {
    try {
      Path dir = Files.createTempDirectory("switchboard-test-");
      String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
      return new Place(this, dir, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dropSchema(String schema) {
    try (Connection c = DriverManager.getConnection(POSTGRES_URL); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop schema " + schema, e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
