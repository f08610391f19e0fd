package io.switchboard.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Cache HIT throughput: wrk at the same concurrency against the mock directly and against the
 * gateway's {@code bench-cache} gateway (caching on, logs off), where every request after the first
 * is a HIT served from memory. Target: the HIT at least 2x the direct requests/s.
 * {@code java -cp bench/target/switchboard-bench.jar io.switchboard.bench.CacheBench [seconds] [connections]};
 * {@code -Dbench.gatewayJvm="..."} adds JVM options to the gateway (e.g. a flight recording for a profile).
 */
public final class CacheBench {
  private CacheBench() {
  }

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
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
      Wrk.Result d = wrk.run(direct, false, connections, seconds);
      Wrk.Result c = wrk.run(cached, false, connections, seconds);
      System.out.printf("connections %d, %d s each%n", connections, seconds);
      System.out.printf("direct-to-mock  %10.0f req/s  p50 %6.0f us  p99 %6.0f us  errors %d%n", d.rps(), d.p50Us(),
          d.p99Us(), d.errors());
      System.out.printf("cache HIT       %10.0f req/s  p50 %6.0f us  p99 %6.0f us  errors %d%n", c.rps(), c.p50Us(),
          c.p99Us(), c.errors());
      System.out.printf("HIT / direct    %10.2fx (target >= 2x)%n", c.rps() / d.rps());
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
