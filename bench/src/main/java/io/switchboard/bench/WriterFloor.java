package io.switchboard.bench;

import io.switchboard.config.SettingsLoader;
import io.switchboard.log.LogEntry;
import io.switchboard.log.Payloads;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How cheap a logged entry can get in SQLite through the driver the gateway uses: the shipped log
 * store next to scratch tables with the least a row could hold (ten columns, an integer key, none
 * or one or two secondary indexes, with or without a row of bodies). Each shape writes the same batches into a fresh
 * file opened with the gateway's own pragmas and page size; shapes alternate over several rounds
 * and the median and the least of the writer thread's CPU per entry are printed, with the budget
 * that "logging costs at most 10 % of throughput" leaves for a given unlogged request.
 * {@code java -cp bench/target/switchboard-bench.jar:server/target/switchboard.jar
 * io.switchboard.bench.WriterFloor [batch] [batches] [rounds] [unlogged-us]}; run it pinned
 * ({@code taskset -c 1 java -XX:ActiveProcessorCount=1 ...}) to match the gateway's one core.
 * The scratch tables exist only in this tool's own files; the gateway never creates them.
 */
public final class WriterFloor {
  private static final String ROW = "CREATE TABLE floor_row (id INTEGER PRIMARY KEY, account_id TEXT NOT NULL,"
      + " gateway_id TEXT NOT NULL, created_at INTEGER NOT NULL, provider TEXT NOT NULL, model TEXT,"
      + " status_code INTEGER, tokens_in INTEGER, tokens_out INTEGER, cost TEXT)";
  private static final String BY_TIME =
      "CREATE INDEX floor_by_time ON floor_row (account_id, gateway_id, created_at)";
  private static final String BY_PROVIDER =
      "CREATE INDEX floor_by_provider ON floor_row (account_id, gateway_id, provider, created_at)";
  private static final String BODIES =
      "CREATE TABLE floor_payload (log_id INTEGER PRIMARY KEY, request_body BLOB, response_body BLOB)";
  private static final String INSERT = "INSERT INTO floor_row (id, account_id, gateway_id, created_at, provider,"
      + " model, status_code, tokens_in, tokens_out, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_BODIES =
      "INSERT INTO floor_payload (log_id, request_body, response_body) VALUES (?, ?, ?)";

  /** One way of storing a batch; {@code ddl} empty means the shipped store. */
  record Shape(String name, List<String> ddl, boolean bodies) {
    boolean shipped() {
      return ddl.isEmpty();
    }
  }

  static final List<Shape> SHAPES = List.of(
      new Shape("shipped store, with bodies", List.of(), true),
      new Shape("shipped store, without bodies", List.of(), false),
      new Shape("10-column row, no index", List.of(ROW), false),
      new Shape("10-column row, 1 index", List.of(ROW, BY_TIME), false),
      new Shape("10-column row, 2 indexes", List.of(ROW, BY_TIME, BY_PROVIDER), false),
      new Shape("10-column row, 1 index, bodies", List.of(ROW, BY_TIME, BODIES), true));

  private WriterFloor() {
  }

  public static void main(String[] args) {
    int batch = arg(args, 0, 256);
    int batches = arg(args, 1, 400);
    int rounds = arg(args, 2, 5);
    double unloggedUs = args.length > 3 ? Double.parseDouble(args[3]) : 35;
    Map<Shape, double[]> cpu = measure(batch, batches, rounds);
    System.out.print(render(cpu, batch, (long) batch * (batches - batches / 3), unloggedUs));
  }

  /** Writer-thread CPU µs per entry for each shape, one value per round, the shapes alternating. */
  static Map<Shape, double[]> measure(int batch, int batches, int rounds) {
    Map<Shape, double[]> cpu = new LinkedHashMap<>();
    SHAPES.forEach(s -> cpu.put(s, new double[rounds]));
    for (int r = 0; r < rounds; r++) {
      for (Shape s : SHAPES) {
        cpu.get(s)[r] = run(s, batch, batches);
      }
    }
    return cpu;
  }

  /** The budget per entry: what an unlogged request may grow by and keep 0.9 of its throughput. */
  static double budgetUs(double unloggedUs) {
    return unloggedUs / 0.9 - unloggedUs;
  }

  static String render(Map<Shape, double[]> cpu, int batch, long entries, double unloggedUs) {
    StringBuilder out = new StringBuilder(String.format(
        "writer thread CPU per entry, %d entries per round in batches of %d (median, least)%n", entries, batch));
    cpu.forEach((s, us) -> out.append(String.format("%-32s %6.1f us  %6.1f us%n", s.name(),
        LoggingCost.Result.medianOf(us), least(us))));
    out.append(String.format("budget at 0.9x for a %.0f us unlogged request: %.1f us per entry,"
        + " writer and loop together%n", unloggedUs, budgetUs(unloggedUs)));
    return out.toString();
  }

  private static double run(Shape shape, int batch, int batches) {
    Path dir = Path.of("bench/target/writer-floor").toAbsolutePath();
    Bench.clean(dir);
    try (Database db = Database.open(SettingsLoader.load(List.of("--data-dir", dir.toString()), Map.of()))) {
      if (shape.shipped()) {
        var store = new Stores(db).logs();
        return WriterCost.perEntry(batch, batches, shape.bodies(), entries -> store.insert(entries, Map.of()))[0];
      }
      try (Connection c = db.dataSource().getConnection()) {
        create(c, shape.ddl());
        long[] nextId = {1};
        return WriterCost.perEntry(batch, batches, shape.bodies(),
            entries -> nextId[0] = insertRows(c, entries, nextId[0]))[0];
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void create(Connection c, List<String> ddl) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : ddl) {
        s.execute(sql);
      }
    }
  }

  /** Inserts the entries' rows (and their bodies, when they carry some) under ids from {@code id}; the next id. */
  private static long insertRows(Connection c, List<LogEntry> entries, long id) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement rows = c.prepareStatement(INSERT)) {
      for (int i = 0; i < entries.size(); i++) {
        bindRow(rows, id + i, entries.get(i));
        rows.addBatch();
      }
      rows.executeBatch();
      if (entries.get(0).requestBody() != null) {
        insertBodies(c, entries, id);
      }
      c.commit();
      return id + entries.size();
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static void insertBodies(Connection c, List<LogEntry> entries, long id) throws SQLException {
    try (PreparedStatement bodies = c.prepareStatement(INSERT_BODIES)) {
      for (int i = 0; i < entries.size(); i++) {
        bodies.setLong(1, id + i);
        bodies.setBytes(2, Payloads.encode(entries.get(i).requestBody()));
        bodies.setBytes(3, Payloads.encode(entries.get(i).responseBody()));
        bodies.addBatch();
      }
      bodies.executeBatch();
    }
  }

  private static void bindRow(PreparedStatement ps, long id, LogEntry e) throws SQLException {
    ps.setLong(1, id);
    ps.setString(2, e.accountId());
    ps.setString(3, e.gatewayId());
    ps.setLong(4, e.createdAtMillis());
    ps.setString(5, e.provider());
    ps.setString(6, e.model());
    ps.setInt(7, e.statusCode());
    ps.setLong(8, e.tokensIn());
    ps.setLong(9, e.tokensOut());
    ps.setString(10, e.cost().toPlainString());
  }

  private static int arg(String[] args, int i, int fallback) {
    return args.length > i ? Integer.parseInt(args[i]) : fallback;
  }

  private static double least(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }
}
