package io.switchboard.bench;

import io.switchboard.log.AnalyticsQuery;
import io.switchboard.log.LogFilter;
import io.switchboard.log.LogQuery;
import io.switchboard.log.LogStore;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Times the queries behind the analytics and logs APIs on a {@link LogDataset}, through the store the
 * gateway uses (its SQL, indexes and pool; no HTTP): one untimed run, then {@code runs} timed ones;
 * the median and the slowest are reported.
 */
final class LogQueries {
  private LogQueries() {
  }

  /** One query's timings in milliseconds, and how many rows it returned. */
  record Timing(String name, String goal, double goalMs, double medianMs, double maxMs, long rows) {
  }

  static List<Timing> run(LogDataset.Info data, int runs, Consumer<String> progress) {
    List<Timing> out = new ArrayList<>();
    try (Database db = Database.open(data.settings())) {
      LogStore store = new Stores(db).logs();
      String account = LogDataset.ACCOUNT;
      AnalyticsQuery hourly = new AnalyticsQuery(data.startMillis(), data.endMillis() + 1, 60,
          List.of("provider", "model"), null, null, null);
      AnalyticsQuery daily = new AnalyticsQuery(data.startMillis(), data.endMillis() + 1, 1440,
          List.of("provider", "model"), null, null, null);
      AnalyticsQuery dailyGateway = new AnalyticsQuery(data.startMillis(), data.endMillis() + 1, 1440,
          List.of("gateway"), "prod", null, null);
      out.add(time("analytics: 30 days, hour buckets, by provider and model", "< 200 ms", 200, runs, progress,
          () -> store.analytics(account, hourly).size()));
      out.add(time("analytics: 30 days, day buckets, by provider and model", "< 200 ms", 200, runs, progress,
          () -> store.analytics(account, daily).size()));
      out.add(time("analytics: 30 days, day buckets, one gateway", "< 200 ms", 200, runs, progress,
          () -> store.analytics(account, dailyGateway).size()));
      LogQuery first = new LogQuery(List.of(), null, "created_at", false, new PageRequest(1, 20));
      LogQuery byProvider = new LogQuery(List.of(new LogFilter("provider", "eq", List.of("anthropic"))), null,
          "created_at", false, new PageRequest(1, 20));
      LogQuery page50 = new LogQuery(List.of(), null, "created_at", false, new PageRequest(50, 20));
      out.add(time("log list: gateway prod, first page (20, newest first)", "< 50 ms", 50, runs, progress,
          () -> store.list(account, "prod", first).items().size()));
      out.add(time("log list: gateway prod, provider = anthropic, first page", "< 50 ms", 50, runs, progress,
          () -> store.list(account, "prod", byProvider).items().size()));
      out.add(time("log list: gateway prod, page 50", "< 50 ms", 50, runs, progress,
          () -> store.list(account, "prod", page50).items().size()));
      LogQuery failed = new LogQuery(List.of(new LogFilter("success", "eq", List.of(false))), null, "created_at",
          false, new PageRequest(1, 20));
      out.add(time("log list: gateway prod, success = false (3 %), first page", "< 50 ms", 50, runs, progress,
          () -> store.list(account, "prod", failed).items().size()));
      String oldest = store.list(account, "prod", new LogQuery(List.of(), null, "created_at", true,
          new PageRequest(1, 1))).items().get(0).path("id").asText();
      for (String key : List.of("request_id", "event_id")) {
        LogQuery lookup = new LogQuery(List.of(new LogFilter(key, "eq", List.of(oldest))), null, "created_at", false,
            new PageRequest(1, 20));
        out.add(time("log list: gateway prod, " + key + " = the oldest entry's", "< 50 ms", 50, runs, progress,
            () -> store.list(account, "prod", lookup).items().size()));
      }
    }
    return out;
  }

  private static Timing time(String name, String goal, double goalMs, int runs, Consumer<String> progress,
      Supplier<Integer> query) {
    progress.accept("timing " + name);
    long rows = query.get();
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new Timing(name, goal, goalMs, ms[runs / 2], ms[runs - 1], rows);
  }
}
