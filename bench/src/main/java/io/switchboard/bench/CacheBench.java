package io.switchboard.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Cache HIT throughput: wrk at the same concurrency against the mock directly and against the
 * gateway's {@code bench-cache} gateway (caching on, logs off), where every request after the first
 * is a HIT served from memory. Target: the HIT at least 2x the direct requests/s.
 *
 * <p>It runs the pair twice: with the mock answering in the same event-loop turn (a canned reply, less
 * work per request than any proxy does: nginx itself serves 0.7-0.8x of it), and with the mock answering
 * after {@code upstreamMs} (default 20 ms; real providers take 100 ms to seconds for a completion), the
 * case a cache exists for. Also prints the gateway's CPU per HIT.
 * {@code java -cp bench/target/switchboard-bench.jar io.switchboard.bench.CacheBench [seconds] [connections]
 * [upstreamMs]}; {@code -Dbench.gatewayJvm="..."} adds JVM options to the gateway (e.g. a flight
 * recording for a profile).
 */
public final class CacheBench {
  private CacheBench() {
  }

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    long upstreamMs = args.length > 2 ? Long.parseLong(args[2]) : 20;
    Path work = Path.of("bench/target/cache-run").toAbsolutePath();
    Bench.clean(work);
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Gateway gw = null;
    try {
      MockOpenAi mock = new MockOpenAi(vertx);
      int mockPort = mock.start();
      mock.chunkDelayMs(0);
      gw = Gateway.start(Path.of("server/target/switchboard.jar").toAbsolutePath(), gatewayJvmOptions(), work, mockPort,
          1);
      Wrk wrk = new Wrk(work, 0);
      String direct = "http://127.0.0.1:" + mockPort + "/v1/chat/completions";
      String cached = gw.url(Gateway.CACHED);
      wrk.run(direct, false, connections, Math.max(2, seconds / 2));
      wrk.run(cached, false, connections, Math.max(2, seconds / 2));
      System.out.printf("connections %d, %d s each%n", connections, seconds);
      for (long delay : new long[] {0, upstreamMs}) {
        mock.responseDelayMs(delay);
        Wrk.Result d = wrk.run(direct, false, connections, seconds);
        long cpu0 = ProcStat.cpuMicros(gw.child().pid());
        Wrk.Result c = wrk.run(cached, false, connections, seconds);
        double cpuPerHit = (ProcStat.cpuMicros(gw.child().pid()) - cpu0) / (double) Math.max(1, c.requests());
        System.out.printf("mock answers after %d ms%n", delay);
        System.out.printf("  direct-to-mock  %10.0f req/s  p50 %7.0f us  p99 %7.0f us  errors %d%n", d.rps(), d.p50Us(),
            d.p99Us(), d.errors());
        System.out.printf("  cache HIT       %10.0f req/s  p50 %7.0f us  p99 %7.0f us  errors %d  gateway CPU %.1f us/HIT%n",
            c.rps(), c.p50Us(), c.p99Us(), c.errors(), cpuPerHit);
        System.out.printf("  HIT / direct    %10.2fx (target >= 2x)%n", c.rps() / d.rps());
      }
    } finally {
      if (gw != null) {
        gw.child().stop();
      }
      Await.result(vertx.close());
    }
  }

  private static List<String> gatewayJvmOptions() {
    String options = System.getProperty("bench.gatewayJvm", "").trim();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }
}
