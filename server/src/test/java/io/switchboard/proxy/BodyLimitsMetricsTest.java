package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.metrics.Metrics;
import org.junit.jupiter.api.Test;

/** /metrics shows the request body bytes held, their bound and the bodies refused for lack of room. */
class BodyLimitsMetricsTest {
  @Test
  void heldLimitAndRefusalsAreScraped() {
    BodyLimits limits = new BodyLimits(1_000_000, 1_000);
    Metrics metrics = new Metrics();
    metrics.watch(limits);
    assertThat(limits.reserve(600)).isTrue();
    assertThat(limits.reserve(600)).isFalse();
    String scrape = metrics.scrape();
    assertThat(scrape).contains("switchboard_request_body_bytes_held 600.0")
        .contains("switchboard_request_body_bytes_limit 1000.0")
        .contains("switchboard_request_bodies_refused_total 1.0");
    limits.release(600);
    assertThat(metrics.scrape()).contains("switchboard_request_body_bytes_held 0.0");
  }
}
