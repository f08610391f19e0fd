package io.switchboard.bench;

import java.util.List;
import java.util.Locale;

/** The log benchmark's Markdown report, ending with its targets. */
final class LogReport {
  private LogReport() {
  }

  static String render(LogBenchOptions o, String machine, double loadBefore, double loadAfter,
      SustainedLogs.Result s, LoggingCost.Result cost, List<LogQueries.Timing> timings) {
    StringBuilder md = new StringBuilder("## Log benchmark\n\n");
    md.append("Machine: ").append(machine).append(f("; load average %.2f before, %.2f after.\n\n", loadBefore,
        loadAfter));
    if (s != null) {
      sustained(md, s, o);
    }
    if (cost != null) {
      cost(md, cost);
    }
    if (!timings.isEmpty()) {
      md.append(f("### Queries on %,d log rows (%s, through the store; median and slowest of %d runs)\n\n",
          o.rows, LogDataset.store(o.dbUrl, o.rows), o.runs));
      md.append("| query | rows returned | median | slowest | goal | verdict |\n|---|--:|--:|--:|--:|---|\n");
      for (LogQueries.Timing t : timings) {
        md.append(f("| %s | %d | %.1f ms | %.1f ms | %s | %s |\n", t.name(), t.rows(), t.medianMs(), t.maxMs(),
            t.goal(), t.medianMs() < t.goalMs() ? "met" : "**not met**"));
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void sustained(StringBuilder md, SustainedLogs.Result s, LogBenchOptions o) {
    RateDriver.Result l = s.load();
    md.append(f("### %,d logged requests/s for %d s (%s)\n\n", s.rate(), s.seconds(), o.dbUrl == null ? "SQLite"
        : "PostgreSQL at " + o.dbUrl + ", its server on the load core when local"));
    md.append("| sent | 2xx | failed | achieved rate | latency p50 | p99 | new rows | lost | dropped | bodies shed "
        + "| queue max | drained in | gateway CPU / request | core busy |\n"
        + "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    md.append(f("| %,d | %,d | %,d | %,.0f/s | %s | %s | %,d | %,d | %.0f | %.0f | %.0f | %d ms | %s | %.0f %% |\n\n",
        l.sent, l.ok, l.failed, l.achievedRate(), Units.time(l.latency.percentileMicros(50)),
        Units.time(l.latency.percentileMicros(99)), s.rows(), s.lost(), s.dropped(), s.bodiesShed(),
        s.maxQueueDepth(), s.drainMs(), Units.time(s.cpuPerRequestUs()), s.coreBusy()));
    if (l.firstError != null) {
      md.append("First error: `").append(l.firstError).append("`\n\n");
    }
    boolean met = l.failed == 0 && s.lost() == 0 && l.achievedRate() >= 0.98 * s.rate();
    md.append(f("Target: %,d logged requests/s sustained with zero lost: **%s** (%,d sent, %,d stored)\n\n",
        s.rate(), met ? "met" : "not met", l.sent, s.rows()));
  }

  private static void cost(StringBuilder md, LoggingCost.Result c) {
    md.append(f("### Logging cost at %,d requests/s (%s; rounds of %d s, alternating)\n\n", c.rate(), c.store(),
        c.seconds()));
    md.append("| round | gateway | 2xx | failed | achieved rate | latency p50 | p99 | CPU / request | loop | writer "
        + "| gc | jit | other |\n|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    int i = 0;
    for (LoggingCost.Round r : c.rounds()) {
      RateDriver.Result l = r.load();
      md.append(f("| %d | %s | %,d | %,d | %,.0f/s | %s | %s | %.1f µs |", i++ / 2 + 1, r.gateway(), l.ok, l.failed,
          l.achievedRate(), Units.time(l.latency.percentileMicros(50)), Units.time(l.latency.percentileMicros(99)),
          r.cpuPerRequestUs()));
      for (String role : List.of("loop", "writer", "gc", "jit", "other")) {
        md.append(f(" %.1f µs |", r.byRole().getOrDefault(role, Double.NaN)));
      }
      md.append('\n');
    }
    double on = c.median(Gateway.LOGGED);
    double off = c.median(Gateway.UNLOGGED);
    md.append(f("\nMedian CPU per request: logged %.1f µs (loop %.1f, writer %.1f, gc %.1f), unlogged %.1f µs "
        + "(loop %.1f). Logging costs %.1f µs per request; the proxy's core carries **%.2f×** of its unlogged "
        + "throughput with logging on (off ÷ on; target ≥ 0.90×: %s).\n\n", on,
        c.medianRole(Gateway.LOGGED, "loop"), c.medianRole(Gateway.LOGGED, "writer"),
        c.medianRole(Gateway.LOGGED, "gc"), off, c.medianRole(Gateway.UNLOGGED, "loop"), on - off, off / on,
        off / on >= 0.9 ? "met" : "not met"));
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
