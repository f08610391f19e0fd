package io.switchboard.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The log benchmark: 5,000 logged requests a second sustained on SQLite with the rows counted
 * afterwards, and analytics and log-list timings on a 10-million-row dataset. Run it with
 * {@code bench/run-logs}; see docs/benchmarks.md ("Logs").
 */
public final class LogBench {
  private LogBench() {
  }

  public static void main(String[] args) {
    LogBenchOptions o;
    try {
      o = LogBenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      boolean help = e.getMessage().isEmpty();
      (help ? System.out : System.err).print((help ? "" : "bench: " + e.getMessage() + "\n") + LogBenchOptions.USAGE);
      System.exit(help ? 0 : 2);
      return;
    }
    try {
      run(o);
      System.exit(0);
    } catch (RuntimeException e) {
      System.err.println("bench: failed: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
    } finally {
      Child.stopAll();
    }
  }

  private static void run(LogBenchOptions o) {
    double loadBefore = Machine.loadAverage();
    SustainedLogs.Result sustained = o.cases.contains("sustained") ? sustained(o) : null;
    LoggingCost.Result cost = o.cases.contains("cost") ? cost(o) : null;
    List<LogQueries.Timing> timings = List.of();
    if (o.cases.contains("queries")) {
      LogDataset.Info data = LogDataset.ensure(o.data.resolve((o.dbUrl == null ? "sqlite-" : "postgres-") + o.rows),
          o.rows, o.dbUrl, Bench::progress);
      timings = LogQueries.run(data, o.runs, Bench::progress);
    }
    String md = LogReport.render(o, Machine.describe(), loadBefore, Machine.loadAverage(), sustained, cost, timings);
    try {
      Files.createDirectories(o.out.toAbsolutePath().getParent());
      Files.writeString(o.out, md);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    System.out.println();
    System.out.print(md);
    System.out.println("Report written to " + o.out);
  }

  private static SustainedLogs.Result sustained(LogBenchOptions o) {
    return withMock(o, SustainedLogs::run);
  }

  private static LoggingCost.Result cost(LogBenchOptions o) {
    return withMock(o, LoggingCost::run);
  }

  private interface MockCase<T> {
    T run(LogBenchOptions o, Path work, Vertx clientVertx, int mockPort, java.util.function.Consumer<String> progress);
  }

  /** Runs one case against a fresh mock upstream and work directory. */
  private static <T> T withMock(LogBenchOptions o, MockCase<T> c) {
    Path work = o.out.toAbsolutePath().getParent().resolve("logs-run");
    Vertx mockVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    try {
      deleteTree(work);
      Files.createDirectories(work);
      int mockPort = new MockOpenAi(mockVertx).start();
      return c.run(o, work, clientVertx, mockPort, Bench::progress);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      Child.stopAll();
      Await.result(clientVertx.close());
      Await.result(mockVertx.close());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
