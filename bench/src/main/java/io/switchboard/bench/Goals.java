package io.switchboard.bench;

import java.util.List;
import java.util.Locale;

/** The targets, checked against the figures of the same run. */
final class Goals {
  static final String GATEWAY = "switchboard";
  static final String GATEWAY_NOLOG = "switchboard-nolog";
  private final StringBuilder md = new StringBuilder();

  static String render(Report.Run run) {
    Goals g = new Goals();
    g.md.append("### Targets\n\n| target | measured | goal | verdict |\n|---|--:|--:|---|\n");
    for (String gw : List.of(GATEWAY, GATEWAY_NOLOG)) {
      g.cpuRatio("CPU per non-streaming request, " + gw + " ÷ nginx", run.plain(), gw);
    }
    for (Rows.StreamSet set : run.streams()) {
      for (String gw : List.of(GATEWAY, GATEWAY_NOLOG)) {
        g.cpuRatio("CPU per 20-event stream (" + set.label() + "), " + gw + " ÷ nginx", set.rows(), gw);
      }
    }
    g.ttfb(run.ttfb());
    for (String gw : List.of(GATEWAY, GATEWAY_NOLOG)) {
      g.rps(run.plain(), gw);
    }
    g.loggingCost(run.plain(), "non-streaming req/s");
    for (Rows.StreamSet set : run.streams()) {
      g.loggingCost(set.rows(), "20-event streams/s (" + set.label() + ")");
    }
    g.many(run.many());
    g.md.append('\n');
    return g.md.toString();
  }

  /** Whether any case measured a gateway (else there is nothing to check). */
  static boolean anyGateway(Report.Run run) {
    return Report.find(run.plain(), GATEWAY) != null
        || run.streams().stream().anyMatch(s -> Report.find(s.rows(), GATEWAY) != null)
        || run.ttfb().stream().anyMatch(r -> r.target().name().equals(GATEWAY))
        || run.many().stream().anyMatch(r -> r.target().name().equals(GATEWAY));
  }

  private void cpuRatio(String label, List<Rows.Load> rows, String gw) {
    Rows.Load g = Report.find(rows, gw);
    Rows.Load n = Report.find(rows, Report.NGINX);
    boolean valid = g != null && n != null && g.clean() && n.clean();
    double ratio = valid ? g.cpuPerRequest() / n.cpuPerRequest() : Double.NaN;
    row(label, valid, ratio(ratio) + " (" + (g == null ? "–" : Units.time(g.cpuPerRequest())) + " vs "
        + (n == null ? "–" : Units.time(n.cpuPerRequest())) + ")", "≤ 2.00×", ratio <= 2.0);
  }

  private void rps(List<Rows.Load> rows, String gw) {
    Rows.Load g = Report.find(rows, gw);
    Rows.Load n = Report.find(rows, Report.NGINX);
    boolean valid = g != null && n != null && g.clean() && n.clean();
    double ratio = valid ? g.wrk().rps() / n.wrk().rps() : Double.NaN;
    String busy = valid ? String.format(Locale.ROOT, " (core busy: %s %.0f %%, nginx %.0f %%)", gw,
        g.busyPercent(), n.busyPercent()) : "";
    row("Non-streaming req/s, one pinned core, " + gw + " ÷ nginx", valid, ratio(ratio) + busy, "≥ 0.80×",
        ratio >= 0.8);
  }

  /**
   * Logging on costs at most 10 % of throughput against logging off: the two gateways of the same process and run.
   * The detail adds CPU per request (its ratio is what the proxy's core can carry) and how busy that core was: when
   * the store runs on the load core (PostgreSQL, {@code --db-url}), the load core can be the limit instead.
   */
  private void loggingCost(List<Rows.Load> rows, String what) {
    Rows.Load on = Report.find(rows, GATEWAY);
    Rows.Load off = Report.find(rows, GATEWAY_NOLOG);
    boolean valid = on != null && off != null && on.clean() && off.clean();
    double ratio = valid ? on.wrk().rps() / off.wrk().rps() : Double.NaN;
    String detail = valid ? String.format(Locale.ROOT, " (%,.0f vs %,.0f; CPU per request %.0f vs %.0f µs, %.2f×; "
        + "proxy core busy %.0f %% vs %.0f %%)", on.wrk().rps(), off.wrk().rps(), on.cpuPerRequest(),
        off.cpuPerRequest(), off.cpuPerRequest() / on.cpuPerRequest(), on.busyPercent(), off.busyPercent()) : "";
    row("Logging on ÷ logging off, " + what + ", same run", valid, ratio(ratio) + detail, "≥ 0.90×", ratio >= 0.9);
  }

  private void ttfb(List<Rows.Ttfb> rows) {
    Rows.Ttfb g = rows.stream().filter(r -> r.target().name().equals(GATEWAY)).findFirst().orElse(null);
    Rows.Ttfb d = rows.stream().filter(r -> r.target().name().equals(Report.DIRECT)).findFirst().orElse(null);
    boolean valid = g != null && d != null && g.clean() && d.clean();
    double added = valid ? g.p50() - d.p50() : Double.NaN;
    row("Added time to first byte p50 at low load (" + GATEWAY + " − direct)", valid, Units.time(added),
        "≤ 0.5 ms", added <= 500);
  }

  private void many(List<Rows.Many> rows) {
    Rows.Many g = rows.stream().filter(r -> r.target().name().equals(GATEWAY)).findFirst().orElse(null);
    Rows.Many d = rows.stream().filter(r -> r.target().name().equals(Report.DIRECT)).findFirst().orElse(null);
    boolean validRss = g != null && g.clean();
    String streams = String.format(Locale.ROOT, "%,d", g == null ? 1000 : g.concurrency());
    row("Gateway RSS with " + streams + " concurrent streams", validRss,
        g == null ? "–" : Units.mib(g.maxRssKib()), "< 256 MiB", validRss && g.maxRssKib() < 256 * 1024);
    boolean valid = validRss && d != null && d.clean();
    double added = valid ? g.delayP99() - d.delayP99() : Double.NaN;
    row("Added per-event delay p99 with many streams (" + GATEWAY + " − direct)", valid, Units.time(added),
        "≤ 1 ms", added <= 1000);
  }

  private void row(String label, boolean valid, String measured, String goal, boolean met) {
    String verdict = !valid ? "no valid figure (errors or missing run)" : met ? "met" : "**not met**";
    md.append("| ").append(label).append(" | ").append(valid ? measured : "–").append(" | ").append(goal)
        .append(" | ").append(verdict).append(" |\n");
  }

  private static String ratio(double r) {
    return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f×", r);
  }
}
