package io.switchboard.bench;

import io.switchboard.config.SettingsLoader;
import io.switchboard.log.LogEntry;
import io.switchboard.log.LogStore;
import io.switchboard.proxy.Ids;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.vertx.core.buffer.Buffer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The log writer's cost per entry on its own, without the gateway: batches of the bench's logged
 * request (its request and response bodies, usage and cost) written through the store the writer
 * uses, into a fresh SQLite file (or {@code --db-url}), on one thread. Prints the thread's CPU and
 * the wall time per entry over the last two thirds of the batches, with bodies and without.
 * {@code java -cp bench/target/switchboard-bench.jar:server/target/switchboard.jar
 * io.switchboard.bench.WriterCost [batch] [batches] [db-url]}.
 */
public final class WriterCost {
  private static final int REQUEST_SIZE = OpenAiBodies.request(false).length();
  private static final int RESPONSE_SIZE = OpenAiBodies.completion().length();

  private WriterCost() {
  }

  public static void main(String[] args) throws SQLException {
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 280;
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    for (boolean bodies : new boolean[] {true, false}) {
      Path dir = Path.of("bench/target/writer-cost").toAbsolutePath();
      Bench.clean(dir);
      List<String> flags = new ArrayList<>(List.of("--data-dir", dir.toString()));
      if (args.length > 2) {
        flags.addAll(List.of("--db-url", args[2]));
      }
      try (Database db = Database.open(SettingsLoader.load(flags, Map.of()))) {
        LogStore store = new Stores(db).logs();
        double[] us = perEntry(batch, batches, bodies, entries -> store.insert(entries, Map.of()));
        System.out.printf("%-14s %d entries in batches of %d: writer thread CPU %.1f us/entry, wall %.1f us/entry%n",
            bodies ? "with bodies" : "without bodies", (long) batch * (batches - batches / 3), batch, us[0], us[1]);
      }
    }
  }

  /** Stores one batch of entries. */
  interface Writer {
    void write(List<LogEntry> entries) throws SQLException;
  }

  /**
   * The writing thread's CPU and wall microseconds per entry over the batches after the first third (JIT warm-up):
   * {@code batches} batches of {@code batch} of the bench's entries, with the bench's bodies or none.
   */
  static double[] perEntry(int batch, int batches, boolean bodies, Writer writer) throws SQLException {
    var threads = ManagementFactory.getThreadMXBean();
    Buffer request = bodies ? Buffer.buffer(OpenAiBodies.request(false)) : null;
    Buffer response = bodies ? OpenAiBodies.completion() : null;
    long cpu0 = 0;
    long wall0 = 0;
    for (int b = 0; b < batches; b++) {
      if (b == batches / 3) {
        cpu0 = threads.getCurrentThreadCpuTime();
        wall0 = System.nanoTime();
      }
      List<LogEntry> entries = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        entries.add(entry(request, response));
      }
      writer.write(entries);
    }
    long n = (long) batch * (batches - batches / 3);
    return new double[] {(threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n, (System.nanoTime() - wall0) / 1e3 / n};
  }

  /**
   * The entry the gateway writes for one of the bench's logged, non-streamed requests: a first attempt, whose log id
   * is also its request id and (with no {@code cf-aig-event-id}) its event id.
   */
  static LogEntry entry(Buffer request, Buffer response) {
    String id = Ids.uuidV7();
    return new LogEntry(id, id, id, "0123456789abcdef0123456789abcdef", Gateway.LOGGED,
        System.currentTimeMillis(), "openai", "gpt-4o-mini-2024-07-18", "chat", "POST", "/v1/chat/completions", 1,
        null, 2, 200, true, false, 19L, 17L, 0L, 0L, new BigDecimal("0.00001305"), false, Map.of(), "chat",
        "application/json", "application/json", REQUEST_SIZE, RESPONSE_SIZE, request, response, true,
        "wrk/4.1.0", false, null, null, null);
  }
}
