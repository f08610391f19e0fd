package io.switchboard.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line options of the bench, with their defaults. */
final class BenchOptions {
  int duration = 15;
  int warmup = 5;
  int connections = 64;
  int streamConnections = 64;
  int ttfbSeconds = 10;
  int manyStreams = 1000;
  int manySeconds = 12;
  long chunkDelayMs = 100;
  List<Long> streamCpuDelaysMs = List.of(-1L, 1L);
  int loadCore = 0;
  int proxyCore = 1;
  boolean nginx = true;
  boolean gateway = true;
  boolean floor;
  Path gatewayJar = Path.of("server/target/switchboard.jar");
  List<String> gatewayJvmOptions = new ArrayList<>();
  String gatewayJava = "java";
  String dbUrl;
  Path out = Path.of("bench/target/report.md");
  java.util.Set<String> cases = new java.util.LinkedHashSet<>(List.of("plain", "streams", "ttfb", "many"));

  static final String USAGE = """
      Usage: bench/run [option]...
        --quick                 a short trial: 3 s per case, 2 s warm-up, 1,000 streams for 5 s
        --duration S            seconds per measured case (default 15)
        --warmup S              warm-up seconds before each measured case (default 5)
        --connections N         wrk connections, non-streaming (default 64)
        --stream-connections N  wrk connections, 20-event streams (default 64)
        --ttfb-seconds S        seconds of one-at-a-time streams for time to first byte (default 10)
        --many-streams N        concurrent streams in the many-streams case (default 1000)
        --many-seconds S        length of the many-streams case (default 12)
        --chunk-delay-ms MS     gap between events in the many-streams case (default 100: 2 s streams)
        --stream-cpu-delay-ms LIST  gaps between events in the stream CPU case, one run each
                                (default -1,1; -1: the whole stream in one write; 0: back to back,
                                each event its own write)
        --load-core N           core for the mock, wrk and the stream client (default 0)
        --proxy-core N          core for nginx and the gateway (default 1)
        --gateway-jar PATH      the gateway's jar (default server/target/switchboard.jar)
        --gateway-jvm-opts STR  JVM options for the gateway, space-separated (default none)
        --gateway-java PATH     the java launcher for the gateway and the floors (default: java on the
                                PATH), e.g. a newer JDK's, to measure the same jar on another runtime
        --db-url URL            the gateway's store: a jdbc:postgresql:// URL (default: SQLite in its
                                data directory); a fresh schema per run, dropped after; a local
                                server's processes are pinned to the load core for the run
        --no-nginx, --no-gateway  leave a proxy out
        --floor                 also measure two bare relays in the non-streaming and stream CPU cases:
                                netty-floor (Netty's HTTP codec only: the floor under any proxy on the
                                gateway's stack) and vertx-floor (Vert.x's HTTP server and client, as the
                                gateway uses them, with no gateway work)
        --cases LIST            comma-separated subset of plain,streams,ttfb,many (default all)
        --out PATH              Markdown report (default bench/target/report.md)
      """;

  static BenchOptions parse(String[] args) {
    BenchOptions o = new BenchOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--quick" -> o.quick();
        case "--no-nginx" -> o.nginx = false;
        case "--no-gateway" -> o.gateway = false;
        case "--floor" -> o.floor = true;
        case "--help", "-h" -> throw new IllegalArgumentException("");
        default -> o.valued(a, i + 1 < args.length ? args[++i] : null);
      }
    }
    return o;
  }

  private void quick() {
    duration = 3;
    warmup = 2;
    ttfbSeconds = 3;
    manySeconds = 5;
  }

  private void valued(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("missing value for " + name);
    }
    switch (name) {
      case "--duration" -> duration = Integer.parseInt(value);
      case "--warmup" -> warmup = Integer.parseInt(value);
      case "--connections" -> connections = Integer.parseInt(value);
      case "--stream-connections" -> streamConnections = Integer.parseInt(value);
      case "--ttfb-seconds" -> ttfbSeconds = Integer.parseInt(value);
      case "--many-streams" -> manyStreams = Integer.parseInt(value);
      case "--many-seconds" -> manySeconds = Integer.parseInt(value);
      case "--chunk-delay-ms" -> chunkDelayMs = Long.parseLong(value);
      case "--stream-cpu-delay-ms" -> streamCpuDelaysMs = Arrays.stream(value.split(",")).map(Long::parseLong).toList();
      case "--load-core" -> loadCore = Integer.parseInt(value);
      case "--proxy-core" -> proxyCore = Integer.parseInt(value);
      case "--gateway-jar" -> gatewayJar = Path.of(value);
      case "--gateway-java" -> gatewayJava = value;
      case "--gateway-jvm-opts" -> gatewayJvmOptions = new ArrayList<>(Arrays.asList(value.trim().split("\\s+")));
      case "--out" -> out = Path.of(value);
      case "--db-url" -> dbUrl = value;
      case "--cases" -> cases = new java.util.LinkedHashSet<>(Arrays.asList(value.split(",")));
      default -> throw new IllegalArgumentException("unknown option " + name);
    }
    gatewayJvmOptions.removeIf(String::isEmpty);
  }
}
