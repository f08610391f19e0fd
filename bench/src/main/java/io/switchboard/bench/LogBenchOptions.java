package io.switchboard.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Command-line options of the log benchmark ({@code bench/run-logs}), with their defaults. */
final class LogBenchOptions {
  int rate = 5000;
  int seconds = 30;
  int warmup = 10;
  int connections = 64;
  long rows = 10_000_000;
  int runs = 7;
  int loadCore = 0;
  int proxyCore = 1;
  Path data = Path.of("bench/target/logdata");
  Path gatewayJar = Path.of("server/target/switchboard.jar");
  List<String> gatewayJvmOptions = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx192m",
      "-Xmn32m", "-XX:+ExitOnOutOfMemoryError"));
  Path out = Path.of("bench/target/logs-report.md");
  int costRounds = 3;
  int costSeconds = 10;
  String dbUrl;
  Set<String> cases = new LinkedHashSet<>(List.of("sustained", "queries"));

  static final String USAGE = """
      Usage: bench/run-logs [option]...
        --cases LIST            comma-separated subset of sustained,queries,cost (default
                                sustained,queries)
        --cost-rounds N         rounds of the cost case, each gateway once per round (default 3)
        --cost-seconds S        length of one gateway's round in the cost case (default 10); the cost
                                case runs at --rate after --warmup seconds on each gateway
        --db-url URL            the store: a jdbc:postgresql:// URL (default SQLite). The sustained
                                and cost cases get a fresh schema (see bench/run --help); the
                                queries case keeps its dataset in schema bench_logdata_N
        --rate N                logged requests per second in the sustained case (default 5000)
        --seconds S             length of the sustained case (default 30)
        --warmup S              warm-up at the same rate before it (default 10)
        --connections N         most connections the rate driver opens (default 64)
        --rows N                rows of the query dataset (default 10000000; generated once into
                                --data/sqlite-N, or described there as postgres-N, and reused)
        --runs N                timed runs of each query (default 7; the median is reported)
        --data PATH             where datasets live (default bench/target/logdata)
        --load-core N           core for the mock and the driver (default 0)
        --proxy-core N          core for the gateway (default 1)
        --gateway-jar PATH      the gateway's jar (default server/target/switchboard.jar)
        --gateway-jvm-opts STR  JVM options for the gateway (default those of ./switchboard:
                                -XX:+UseSerialGC -Xms64m -Xmx192m -Xmn32m -XX:+ExitOnOutOfMemoryError)
        --out PATH              Markdown report (default bench/target/logs-report.md)
      """;

  static LogBenchOptions parse(String[] args) {
    LogBenchOptions o = new LogBenchOptions();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        throw new IllegalArgumentException("");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + args[i]);
      }
      o.valued(args[i], args[++i]);
    }
    return o;
  }

  private void valued(String name, String value) {
    switch (name) {
      case "--cases" -> cases = new LinkedHashSet<>(Arrays.asList(value.split(",")));
      case "--rate" -> rate = Integer.parseInt(value);
      case "--cost-rounds" -> costRounds = Integer.parseInt(value);
      case "--cost-seconds" -> costSeconds = Integer.parseInt(value);
      case "--db-url" -> dbUrl = value;
      case "--seconds" -> seconds = Integer.parseInt(value);
      case "--warmup" -> warmup = Integer.parseInt(value);
      case "--connections" -> connections = Integer.parseInt(value);
      case "--rows" -> rows = Long.parseLong(value);
      case "--runs" -> runs = Integer.parseInt(value);
      case "--data" -> data = Path.of(value);
      case "--load-core" -> loadCore = Integer.parseInt(value);
      case "--proxy-core" -> proxyCore = Integer.parseInt(value);
      case "--gateway-jar" -> gatewayJar = Path.of(value);
      case "--gateway-jvm-opts" -> gatewayJvmOptions = new ArrayList<>(Arrays.asList(value.trim().split("\\s+")));
      case "--out" -> out = Path.of(value);
      default -> throw new IllegalArgumentException("unknown option " + name);
    }
    gatewayJvmOptions.removeIf(String::isEmpty);
  }
}
