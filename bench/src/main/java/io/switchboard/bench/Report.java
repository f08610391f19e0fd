package io.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Renders the measured rows as Markdown: one table per case, then the targets. */
final class Report {
  static final String DIRECT = "direct";
  static final String NGINX = "nginx";
  static final String NETTY_FLOOR = "netty-floor";
  static final String VERTX_FLOOR = "vertx-floor";
  private final StringBuilder md = new StringBuilder();

  /** All rows of one run. */
  record Run(BenchOptions options, String machine, String store, List<Rows.Load> plain, List<Rows.StreamSet> streams,
      List<Rows.Ttfb> ttfb, List<Rows.Many> many, List<String> notes) {
  }

  static String render(Run run) {
    Report r = new Report();
    r.header(run);
    if (!run.plain().isEmpty()) {
      r.plain(run.plain(), run.options());
    }
    for (Rows.StreamSet set : run.streams()) {
      r.streams(set, run.options());
    }
    if (!run.ttfb().isEmpty()) {
      r.ttfb(run.ttfb());
    }
    if (!run.many().isEmpty()) {
      r.many(run.many(), run.options());
    }
    if (Goals.anyGateway(run)) {
      r.md.append(Goals.render(run));
    }
    r.notes(run.notes());
    return r.md.toString();
  }

  private void header(Run run) {
    BenchOptions o = run.options();
    line("## Results");
    line("");
    line("Machine: " + run.machine() + ".  ");
    line("Pinning: mock, wrk and stream client on core " + o.loadCore + "; the proxy alone on core "
        + o.proxyCore + ". Measured " + o.duration + " s per case after " + o.warmup + " s of warm-up.  ");
    line("Gateway JVM options: " + (o.gatewayJvmOptions.isEmpty() ? "(none)" : String.join(" ", o.gatewayJvmOptions))
        + ". CPU = utime+stime of the proxy process from /proc over the measured interval.  ");
    line("Gateway store: " + run.store() + ".");
    line("");
  }

  private void plain(List<Rows.Load> rows, BenchOptions o) {
    line("### Non-streaming chat completions (wrk, " + o.connections + " connections)");
    line("");
    line("| target | req/s | p50 | p99 | req/s ÷ direct, ÷ nginx | p50 ÷ direct, ÷ nginx | p99 ÷ direct, ÷ nginx "
        + "| proxy CPU / request | proxy core busy | RSS after | errors |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (Rows.Load r : rows) {
      line("| " + name(r.target(), r.clean()) + " | " + Units.number(r.wrk().rps()) + " | "
          + Units.time(r.wrk().p50Us()) + " | " + Units.time(r.wrk().p99Us()) + " | "
          + ratios(rows, r, x -> x.wrk().rps())
          + " | " + ratios(rows, r, x -> x.wrk().p50Us()) + " | " + ratios(rows, r, x -> x.wrk().p99Us())
          + " | " + Units.time(r.cpuPerRequest()) + " | " + percent(r.busyPercent()) + " | "
          + Units.mib(r.rssKib()) + " | " + r.wrk().errors() + " |");
    }
    line("");
    roles(rows, "request");
  }

  private void streams(Rows.StreamSet set, BenchOptions o) {
    List<Rows.Load> rows = set.rows();
    line("### 20-event streams (wrk, " + o.streamConnections + " connections, " + set.label()
        + "; latency = whole stream)");
    line("");
    line("| target | streams/s | p50 | p99 | proxy CPU / stream | CPU ÷ nginx | proxy core busy | errors |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|");
    Rows.Load nginx = find(rows, NGINX);
    for (Rows.Load r : rows) {
      line("| " + name(r.target(), r.clean()) + " | " + Units.number(r.wrk().rps()) + " | "
          + Units.time(r.wrk().p50Us()) + " | " + Units.time(r.wrk().p99Us()) + " | "
          + Units.time(r.cpuPerRequest()) + " | "
          + (nginx == null ? "–" : Units.ratio(r.cpuPerRequest(), nginx.cpuPerRequest())) + " | "
          + percent(r.busyPercent()) + " | " + r.wrk().errors() + " |");
    }
    line("");
    roles(rows, "stream");
  }

  /**
   * The gateway's CPU per unit split by thread (event loop, log writer, collector, JIT compilers,
   * other), each thread's utime + stime over the measured interval: where the CPU of the table went.
   */
  private void roles(List<Rows.Load> rows, String unit) {
    List<String> parts = new ArrayList<>();
    for (Rows.Load r : rows) {
      if (r.cpuByRole().isEmpty()) {
        continue;
      }
      List<String> split = new ArrayList<>();
      r.cpuByRole().forEach((role, us) -> split.add(role + " " + String.format(Locale.ROOT, "%.1f µs", us)));
      parts.add(r.target().name() + ": " + String.join(", ", split));
    }
    if (!parts.isEmpty()) {
      line("CPU per " + unit + " by thread (loop = event loop, writer = log writer, gc = collector, jit = "
          + "compilers): " + String.join("; ", parts) + ".");
      line("");
    }
  }

  private void ttfb(List<Rows.Ttfb> rows) {
    line("### Time to first byte, one stream at a time");
    line("");
    line("| target | streams | TTFB p50 | TTFB p99 | added p50 vs direct | added p50 vs nginx | errors |");
    line("|---|--:|--:|--:|--:|--:|--:|");
    Rows.Ttfb direct = rows.stream().filter(r -> r.target().name().equals(DIRECT)).findFirst().orElse(null);
    Rows.Ttfb nginx = rows.stream().filter(r -> r.target().name().equals(NGINX)).findFirst().orElse(null);
    for (Rows.Ttfb r : rows) {
      line("| " + name(r.target(), r.clean()) + " | " + r.streams() + " | " + Units.time(r.p50()) + " | "
          + Units.time(r.p99())
          + " | " + (direct == null ? "–" : Units.time(r.p50() - direct.p50())) + " | "
          + (nginx == null ? "–" : Units.time(r.p50() - nginx.p50())) + " | " + r.errors() + " |");
    }
    line("");
  }

  private void many(List<Rows.Many> rows, BenchOptions o) {
    line("### " + String.format(Locale.ROOT, "%,d", o.manyStreams) + " concurrent streams (events "
        + o.chunkDelayMs + " ms apart, " + o.manySeconds + " s)");
    line("");
    line("| target | streams done | event delay p50 | event delay p99 | added p50 vs direct | added p99 vs direct "
        + "| proxy max RSS | proxy CPU / stream | errors |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    Rows.Many direct = rows.stream().filter(r -> r.target().name().equals(DIRECT)).findFirst().orElse(null);
    for (Rows.Many r : rows) {
      line("| " + name(r.target(), r.clean()) + " | " + r.streams() + " | " + Units.time(r.delayP50()) + " | "
          + Units.time(r.delayP99()) + " | " + (direct == null ? "–" : Units.time(r.delayP50() - direct.delayP50()))
          + " | " + (direct == null ? "–" : Units.time(r.delayP99() - direct.delayP99())) + " | "
          + Units.mib(r.maxRssKib()) + " | " + Units.time(r.cpuPerStream()) + " | " + r.errors() + " |");
    }
    line("");
  }

  private void notes(List<String> notes) {
    List<String> all = new ArrayList<>(notes);
    if (all.isEmpty()) {
      return;
    }
    line("Notes:");
    line("");
    all.forEach(n -> line("- " + n));
    line("");
  }

  static Rows.Load find(List<Rows.Load> rows, String name) {
    return rows.stream().filter(r -> r.target().name().equals(name)).findFirst().orElse(null);
  }

  private static String ratios(List<Rows.Load> rows, Rows.Load row, ToDoubleFunction<Rows.Load> value) {
    Rows.Load direct = find(rows, DIRECT);
    Rows.Load nginx = find(rows, NGINX);
    String d = direct == null ? "–" : Units.ratio(value.applyAsDouble(row), value.applyAsDouble(direct));
    String n = nginx == null ? "–" : Units.ratio(value.applyAsDouble(row), value.applyAsDouble(nginx));
    return d + ", " + n;
  }

  /** The target's name, marked when its run had errors (its figures then measure errors). */
  private static String name(Target target, boolean clean) {
    return clean ? target.name() : target.name() + " ⚠ errors";
  }

  private static String percent(double p) {
    return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.0f %%", p);
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
