package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateDriverTest {
  private final Vertx mockVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
  private final Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));

  @AfterEach
  void close() {
    Await.result(clientVertx.close());
    Await.result(mockVertx.close());
  }

  @Test
  void sendsExactlyRateTimesSecondsAndCountsAnswers() {
    String url = "http://127.0.0.1:" + new MockOpenAi(mockVertx).start() + "/v1/chat/completions";
    RateDriver.Result r = Await.result(new RateDriver(clientVertx).run(url, 400, 2, 8), 20_000);
    assertThat(r.firstError).isNull();
    assertThat(r.sent).isEqualTo(800);
    assertThat(r.ok).isEqualTo(800);
    assertThat(r.latency.size()).isEqualTo(800);
    assertThat(r.seconds).isBetween(1.9, 4.0);
    assertThat(r.achievedRate()).isBetween(200.0, 420.0);
  }

  @Test
  void aDeadUpstreamIsCountedAsFailures() {
    RateDriver.Result r = Await.result(new RateDriver(clientVertx).run("http://127.0.0.1:" + Ports.free()
        + "/v1/chat/completions", 100, 1, 4), 20_000);
    assertThat(r.sent).isEqualTo(100);
    assertThat(r.failed).isEqualTo(100);
    assertThat(r.ok).isZero();
    assertThat(r.firstError).isNotNull();
  }
}
