package io.switchboard.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The load benchmark: starts the mock upstream, nginx and the gateway, drives each over loopback and
 * writes a Markdown report comparing them. Run it with {@code bench/run}; see docs/benchmarks.md.
 */
public final class Bench {
  /** Targets measured only in the non-streaming and stream CPU cases. */
  private static final java.util.Set<String> LOAD_CASES_ONLY = java.util.Set.of(Goals.GATEWAY_NOLOG,
      Report.NETTY_FLOOR, Report.VERTX_FLOOR);
  private final BenchOptions options;
  private final Path work;
  private final List<String> notes = new ArrayList<>();
  private PostgresStore store;
  private String storeDescription = "SQLite in the gateway's data directory";

  private Bench(BenchOptions options) {
    this.options = options;
    this.work = options.out.toAbsolutePath().getParent().resolve("bench-run");
  }

  public static void main(String[] args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      boolean help = e.getMessage().isEmpty();
      (help ? System.out : System.err).print((help ? "" : "bench: " + e.getMessage() + "\n") + BenchOptions.USAGE);
      System.exit(help ? 0 : 2);
      return;
    }
    try {
      new Bench(options).run();
      System.exit(0);
    } catch (RuntimeException e) {
      System.err.println("bench: failed: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
    }
  }

  private void run() {
    clean(work);
    double loadBefore = Machine.loadAverage();
    Vertx mockVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    try {
      MockOpenAi mock = new MockOpenAi(mockVertx);
      int mockPort = mock.start();
      progress("mock upstream on 127.0.0.1:" + mockPort + "; logs and data in " + work);
      List<Target> targets = targets(mockPort);
      Cases cases = new Cases(options, mock, new Wrk(work, options.loadCore), new StreamClient(clientVertx),
          Bench::progress);
      cases.warmUp(targets);
      List<Rows.Load> plain = selected("plain") ? cases.plain(targets) : List.of();
      List<Rows.StreamSet> streams = selected("streams") ? cases.streamCpu(targets) : List.of();
      List<Rows.Ttfb> ttfb = selected("ttfb") ? cases.ttfb(ttfbTargets(targets)) : List.of();
      List<Rows.Many> many = selected("many") ? cases.many(manyTargets(targets)) : List.of();
      noteLoad(loadBefore, Machine.loadAverage());
      Report.Run result = new Report.Run(options, Machine.describe(options.gatewayJava), storeDescription, plain,
          streams, ttfb, many, notes);
      write(Report.render(result));
    } finally {
      Child.stopAll();
      if (store != null) {
        store.close();
      }
      Await.result(clientVertx.close());
      Await.result(mockVertx.close());
    }
  }

  private boolean selected(String name) {
    return options.cases.contains(name);
  }

  /** The bench itself keeps about two cores busy; much more means other work shared the machine. */
  private void noteLoad(double before, double after) {
    String text = String.format(java.util.Locale.ROOT, "load average %.2f before the run, %.2f after", before, after);
    if (before > 0.5) {
      notes.add(text + ": the machine was not idle when the run started, so the figures are noisy; "
          + "run again on an idle machine");
    } else {
      notes.add(text);
    }
  }

  private List<Target> targets(int mockPort) {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(Report.DIRECT, "http://127.0.0.1:" + mockPort + "/v1/chat/completions", null));
    if (options.nginx) {
      int port = Ports.free();
      Child nginx = Nginx.start(work.resolve("nginx"), port, mockPort, options.proxyCore);
      targets.add(new Target(Report.NGINX, "http://127.0.0.1:" + port + "/v1/chat/completions", nginx));
      progress("nginx (pid " + nginx.pid() + ") on 127.0.0.1:" + port);
    }
    if (options.floor && (selected("plain") || selected("streams"))) {
      addFloor(targets, mockPort, Report.NETTY_FLOOR, NettyFloor.class);
      addFloor(targets, mockPort, Report.VERTX_FLOOR, VertxFloor.class);
    }
    if (options.gateway) {
      addGateway(targets, mockPort);
    }
    targets.forEach(t -> Probe.check(t, notes));
    return targets;
  }

  /** A bare relay in its own JVM, pinned, with the gateway's JVM options; {@code main} takes PORT MOCK_PORT. */
  private void addFloor(List<Target> targets, int mockPort, String name, Class<?> main) {
    int port = Ports.free();
    List<String> cmd = new ArrayList<>(List.of(options.gatewayJava));
    cmd.addAll(options.gatewayJvmOptions);
    cmd.addAll(List.of("-cp", jarOf(main), main.getName(), Integer.toString(port), Integer.toString(mockPort)));
    Child floor = Child.start(name, options.proxyCore, cmd, work.resolve(name + ".out"));
    Ports.awaitOpen(port, 30_000, floor);
    targets.add(new Target(name, "http://127.0.0.1:" + port + "/v1/chat/completions", floor));
    progress(name + " (pid " + floor.pid() + ") on 127.0.0.1:" + port);
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void addGateway(List<Target> targets, int mockPort) {
    if (!Files.isRegularFile(options.gatewayJar)) {
      notes.add("gateway jar " + options.gatewayJar + " not found: gateway not measured");
      return;
    }
    List<String> storeArgs = List.of();
    if (options.dbUrl != null) {
      store = PostgresStore.open(options.dbUrl, options.loadCore);
      storeArgs = store.gatewayArgs();
      storeDescription = store.describe();
    }
    Gateway gw = Gateway.start(options.gatewayJava, options.gatewayJar.toAbsolutePath(), options.gatewayJvmOptions,
        work.resolve("switchboard"), mockPort, options.proxyCore, storeArgs);
    targets.add(new Target(Goals.GATEWAY, gw.url(Gateway.LOGGED), gw.child()));
    targets.add(new Target(Goals.GATEWAY_NOLOG, gw.url(Gateway.UNLOGGED), gw.child()));
    progress("switchboard (pid " + gw.child().pid() + ") at " + gw.url(Gateway.LOGGED));
  }

  /**
   * Time to first byte: all but the unlogged gateway (same process, same path to the first byte) and the
   * floors (measured for their CPU only).
   */
  private static List<Target> ttfbTargets(List<Target> targets) {
    return targets.stream().filter(t -> !LOAD_CASES_ONLY.contains(t.name())).toList();
  }

  /** Many streams: direct, nginx and the gateway with logs on. */
  private static List<Target> manyTargets(List<Target> targets) {
    return ttfbTargets(targets);
  }

  private void write(String markdown) {
    try {
      Files.createDirectories(options.out.toAbsolutePath().getParent());
      Files.writeString(options.out, markdown);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + options.out + ": " + e.getMessage(), e);
    }
    System.out.println();
    System.out.print(markdown);
    System.out.println("Report written to " + options.out);
  }

  static void progress(String message) {
    System.err.println("bench: " + message);
  }

  static void clean(Path dir) {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
