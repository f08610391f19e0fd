package io.switchboard.bench;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Logged requests at a fixed rate on SQLite (or PostgreSQL with {@code --db-url}): the gateway (pinned to the proxy core, fresh data
 * directory) takes {@code rate} non-streamed chat completions a second for {@code seconds} through
 * its logged gateway; once its log queue has drained, the rows the logs API counts are compared with
 * the 2xx answers. Lost = 2xx answers − new rows (each request makes exactly one entry here).
 */
final class SustainedLogs {
  private SustainedLogs() {
  }

  /** The figures of one run. */
  record Result(int rate, int seconds, RateDriver.Result load, long rows, long lost, double dropped,
      double bodiesShed, long drainMs, double cpuPerRequestUs, double coreBusy, double maxQueueDepth) {
  }

  static Result run(LogBenchOptions o, Path work, Vertx clientVertx, int mockPort, Consumer<String> progress) {
    PostgresStore store = o.dbUrl == null ? null : PostgresStore.open(o.dbUrl, o.loadCore);
    try {
      return run(o, work, clientVertx, mockPort, progress, store == null ? List.of() : store.gatewayArgs());
    } finally {
      if (store != null) {
        store.close();
      }
    }
  }

  private static Result run(LogBenchOptions o, Path work, Vertx clientVertx, int mockPort, Consumer<String> progress,
      List<String> storeArgs) {
    Gateway gw = Gateway.start(o.gatewayJar.toAbsolutePath(), o.gatewayJvmOptions, work.resolve("switchboard"),
        mockPort, o.proxyCore, storeArgs);
    RateDriver driver = new RateDriver(clientVertx);
    String url = gw.url(Gateway.LOGGED);
    progress.accept("warming up the logged gateway: " + o.rate + "/s for " + o.warmup + " s");
    Await.result(driver.run(url, o.rate, o.warmup, o.connections), (o.warmup + 60) * 1000L);
    drain(gw);
    long before = gw.logCount(Gateway.LOGGED);
    double droppedBefore = gw.metric("switchboard_log_entries_dropped_total");
    double shedBefore = gw.metric("switchboard_log_bodies_shed_total");
    progress.accept("measuring: " + o.rate + " logged requests/s for " + o.seconds + " s");
    Usage usage = Usage.start(gw.child());
    QueueWatch watch = new QueueWatch(gw);
    RateDriver.Result load = Await.result(driver.run(url, o.rate, o.seconds, o.connections),
        (o.seconds + 120) * 1000L);
    usage.stop();
    watch.stop();
    long drainStart = System.nanoTime();
    drain(gw);
    long drainMs = (System.nanoTime() - drainStart) / 1_000_000;
    long rows = gw.logCount(Gateway.LOGGED) - before;
    Result r = new Result(o.rate, o.seconds, load, rows, load.ok - rows,
        gw.metric("switchboard_log_entries_dropped_total") - droppedBefore,
        gw.metric("switchboard_log_bodies_shed_total") - shedBefore, drainMs, usage.perUnit(load.ok),
        usage.busyPercent(), watch.max());
    gw.child().stop();
    return r;
  }

  /** Waits until the log queue is empty and the stored count no longer moves (at most 120 s). */
  private static void drain(Gateway gw) {
    long deadline = System.currentTimeMillis() + 120_000;
    double last = -1;
    while (System.currentTimeMillis() < deadline) {
      double written = gw.metric("switchboard_log_entries_written_total");
      if (gw.metric("switchboard_log_queue_depth") == 0 && written == last) {
        return;
      }
      last = written;
      sleep(300);
    }
    throw new IllegalStateException("the log queue did not drain within 120 s");
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Samples the gateway's log queue depth every 250 ms on its own thread. */
  private static final class QueueWatch {
    private final Thread thread;
    private volatile boolean stop;
    private volatile double max;

    QueueWatch(Gateway gw) {
      thread = new Thread(() -> {
        while (!stop) {
          max = Math.max(max, gw.metric("switchboard_log_queue_depth"));
          sleep(250);
        }
      }, "queue-watch");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      stop = true;
    }

    double max() {
      return max;
    }
  }
}
