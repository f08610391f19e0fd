package io.switchboard.bench;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What logging costs the gateway at one fixed request rate: the logged and the unlogged gateway of the
 * same process take {@code rate} non-streamed chat completions a second, in alternating rounds of
 * {@code seconds}, and each round's CPU per request is read from /proc (by thread role as well). At a
 * fixed rate both gateways see the same load, so the difference is logging's work alone; under
 * saturation (bench/run's wrk cases) a slower gateway also batches less per wake-up, and a store on
 * the load core can make the load core the limit. {@code off ÷ on} of CPU per request is the share of
 * its unlogged throughput the proxy's core can carry with logging on.
 */
final class LoggingCost {
  private LoggingCost() {
  }

  /** One round of one gateway. */
  record Round(String gateway, RateDriver.Result load, double cpuPerRequestUs, Map<String, Double> byRole) {
  }

  record Result(int rate, int seconds, String store, List<Round> rounds) {
    double median(String gateway) {
      return medianOf(rounds.stream().filter(r -> r.gateway().equals(gateway)).mapToDouble(Round::cpuPerRequestUs)
          .toArray());
    }

    double medianRole(String gateway, String role) {
      return medianOf(rounds.stream().filter(r -> r.gateway().equals(gateway))
          .mapToDouble(r -> r.byRole().getOrDefault(role, Double.NaN)).toArray());
    }

    static double medianOf(double[] values) {
      if (values.length == 0) {
        return Double.NaN;
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      int m = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
  }

  static Result run(LogBenchOptions o, Path work, Vertx clientVertx, int mockPort, Consumer<String> progress) {
    PostgresStore store = o.dbUrl == null ? null : PostgresStore.open(o.dbUrl, o.loadCore);
    try {
      Gateway gw = Gateway.start(o.gatewayJar.toAbsolutePath(), o.gatewayJvmOptions, work.resolve("switchboard-cost"),
          mockPort, o.proxyCore, store == null ? List.of() : store.gatewayArgs());
      RateDriver driver = new RateDriver(clientVertx);
      for (String id : List.of(Gateway.LOGGED, Gateway.UNLOGGED)) {
        progress.accept("warming up " + id + ": " + o.rate + "/s for " + o.warmup + " s");
        Await.result(driver.run(gw.url(id), o.rate, o.warmup, o.connections), (o.warmup + 60) * 1000L);
      }
      List<Round> rounds = new ArrayList<>();
      for (int i = 0; i < o.costRounds; i++) {
        for (String id : List.of(Gateway.LOGGED, Gateway.UNLOGGED)) {
          progress.accept("logging cost, round " + (i + 1) + " of " + o.costRounds + ": " + id + " at " + o.rate
              + "/s for " + o.costSeconds + " s");
          Usage usage = Usage.start(gw.child());
          RateDriver.Result load = Await.result(driver.run(gw.url(id), o.rate, o.costSeconds, o.connections),
              (o.costSeconds + 60) * 1000L);
          usage.stop();
          rounds.add(new Round(id, load, usage.perUnit(load.ok), usage.perUnitByRole(load.ok)));
        }
      }
      gw.child().stop();
      return new Result(o.rate, o.costSeconds, store == null ? "SQLite" : store.describe(), rounds);
    } finally {
      if (store != null) {
        store.close();
      }
    }
  }
}
