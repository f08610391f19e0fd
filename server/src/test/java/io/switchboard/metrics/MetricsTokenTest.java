package io.switchboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.Http;
import io.switchboard.testkit.TestGateway;
import org.junit.jupiter.api.Test;

/** --metrics-token puts GET /metrics behind a bearer token. */
class MetricsTokenTest {
  static final String TOKEN = "metrics-scraper-token-0123456789";

  @Test
  void requiresTheTokenWhenSet() {
    try (TestGateway gw = TestGateway.start("--metrics-token", TOKEN)) {
      Http http = gw.http();
      assertThat(http.send("GET", "/metrics", null).status()).isEqualTo(401);
      assertThat(http.send("GET", "/metrics", null, "authorization", "Bearer wrong").status()).isEqualTo(401);
      assertThat(http.get("/metrics", gw.admin()).status()).as("the admin token is not the metrics token")
          .isEqualTo(401);
      Http.Response ok = http.get("/metrics", TOKEN);
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.body()).contains("switchboard_log_queue_depth");
    }
  }
}
