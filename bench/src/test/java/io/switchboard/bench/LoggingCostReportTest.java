package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cost case's medians per gateway and the off ÷ on line of the log report. */
class LoggingCostReportTest {
  @Test
  void mediansPerGatewayAndTheCapacityRatio() {
    List<LoggingCost.Round> rounds = new ArrayList<>();
    double[][] cpu = {{100, 90}, {80, 70}, {120, 75}};
    for (double[] pair : cpu) {
      rounds.add(round(Gateway.LOGGED, pair[0], pair[0] - 10));
      rounds.add(round(Gateway.UNLOGGED, pair[1], pair[1] - 2));
    }
    LoggingCost.Result result = new LoggingCost.Result(5000, 10, "SQLite", rounds);
    assertThat(result.median(Gateway.LOGGED)).isEqualTo(100);
    assertThat(result.median(Gateway.UNLOGGED)).isEqualTo(75);
    assertThat(result.medianRole(Gateway.LOGGED, "writer")).isEqualTo(90);

    LogBenchOptions o = LogBenchOptions.parse(new String[] {"--cases", "cost"});
    String md = LogReport.render(o, "test machine", 0.1, 0.2, null, result, List.of());
    assertThat(md).contains("### Logging cost at 5,000 requests/s (SQLite; rounds of 10 s, alternating)")
        .contains("Logging costs 25.0 µs per request").contains("**0.75×**").contains("target ≥ 0.90×: not met");
    assertThat(md.lines().filter(l -> l.startsWith("| 1 | bench |") || l.startsWith("| 3 | bench-nolog |")))
        .hasSize(2);
  }

  private static LoggingCost.Round round(String gateway, double cpu, double writer) {
    RateDriver.Result load = new RateDriver.Result();
    load.ok = 50_000;
    load.seconds = 10;
    return new LoggingCost.Round(gateway, load, cpu, Map.of("loop", cpu - writer, "writer", writer));
  }
}
