package io.switchboard.bench;

import java.util.List;
import java.util.Locale;

/** The log benchmark's Markdown report, ending with its targets. */
final class LogReport {
  private LogReport() {
  }

  static String render(LogBenchOptions o, String machine, double loadBefore, double loadAfter,
      SustainedLogs.Result s, List<LogQueries.Timing> timings) {
    StringBuilder md = new StringBuilder("## Log benchmark\n\n");
    md.append("Machine: ").append(machine).append(f("; load average %.2f before, %.2f after.\n\n", loadBefore,
        loadAfter));
    if (s != null) {
      sustained(md, s);
    }
    if (!timings.isEmpty()) {
      md.append(f("### Queries on %,d log rows (SQLite, through the store; median and slowest of %d runs)\n\n",
          o.rows, o.runs));
      md.append("| query | rows returned | median | slowest | goal | verdict |\n|---|--:|--:|--:|--:|---|\n");
      for (LogQueries.Timing t : timings) {
        md.append(f("| %s | %d | %.1f ms | %.1f ms | %s | %s |\n", t.name(), t.rows(), t.medianMs(), t.maxMs(),
            t.goal(), t.medianMs() < t.goalMs() ? "met" : "**not met**"));
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void sustained(StringBuilder md, SustainedLogs.Result s) {
    RateDriver.Result l = s.load();
    md.append(f("### %,d logged requests/s for %d s (SQLite)\n\n", s.rate(), s.seconds()));
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

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
