package io.switchboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.log.LogEntry;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Label values stay bounded whatever models clients send; meters follow the entries. */
class RequestMetricsTest {

  static LogEntry entry(String gateway, String provider, String model, int status, Long in, Long out, String cost,
      boolean cached) {
    return new LogEntry("id", "rid", "eid", "acct", gateway, 0, provider, model, null, "POST", "/chat", 1, null, 12,
        status, status < 400, cached, in, out, null, null, cost == null ? null : new BigDecimal(cost), false, Map.of(),
        "provider", null, null, 0, 0, null, null, true, null, false, null, null, null);
  }

  @Test
  void modelLabelsAreCappedAndTheRestIsOther() {
    Metrics metrics = new Metrics(3);
    for (int i = 0; i < 50; i++) {
      metrics.observer().ended(entry("g", "openai", "model-" + i, 200, 1L, 1L, null, false));
    }
    Scrape s = Scrape.parse(metrics.scrape());
    Set<String> models = s.matching("switchboard_tokens_total", "type", "input").stream()
        .map(x -> x.labels().get("model")).collect(Collectors.toSet());
    assertThat(models).containsExactlyInAnyOrder("model-0", "model-1", "model-2", "other");
    assertThat(s.sum("switchboard_tokens_total", "type", "input")).isEqualTo(50);
    assertThat(s.sum("switchboard_tokens_total", "model", "other", "type", "input")).isEqualTo(47);
  }

  @Test
  void longValuesAreCutAndMissingOnesAreUnknown() {
    Metrics metrics = new Metrics(10);
    metrics.observer().ended(entry("g", "openai", "m".repeat(500), 200, 1L, null, null, false));
    metrics.observer().ended(entry("g", "openai", null, 200, 1L, null, null, false));
    Scrape s = Scrape.parse(metrics.scrape());
    assertThat(s.sum("switchboard_tokens_total", "model", "m".repeat(LabelCap.MAX_LENGTH), "type", "input"))
        .isEqualTo(1);
    assertThat(s.sum("switchboard_tokens_total", "model", "unknown", "type", "input")).isEqualTo(1);
  }

  @Test
  void credentialLookingModelNamesAreMasked() {
    Metrics metrics = new Metrics();
    metrics.observer().ended(entry("g", "openai", "Bearer sk-live-0123456789abcdef", 200, 1L, null, null, false));
    String text = metrics.scrape();
    assertThat(text).doesNotContain("sk-live-0123456789abcdef");
  }

  @Test
  void gatewaysAndProvidersAreCappedToo() {
    Metrics metrics = new Metrics();
    for (int i = 0; i < RequestMetrics.MAX_GATEWAYS + 20; i++) {
      metrics.observer().ended(entry("gw-" + i, "openai", "m", 200, null, null, null, false));
    }
    Scrape s = Scrape.parse(metrics.scrape());
    assertThat(s.matching("switchboard_requests_total")).hasSize(RequestMetrics.MAX_GATEWAYS + 1);
    assertThat(s.sum("switchboard_requests_total", "gateway", "other")).isEqualTo(20);
  }

  @Test
  void cacheHitsLatencyAndStatusWithoutTokens() {
    Metrics metrics = new Metrics();
    metrics.observer().ended(entry("g", "openai", "m", 200, null, null, null, true));
    metrics.observer().ended(entry("g", "openai", "m", 200, null, null, null, false));
    metrics.observer().ended(entry("g", "anthropic", "m", 502, null, null, null, false));
    metrics.observer().firstByte("g", "openai", 30);
    Scrape s = Scrape.parse(metrics.scrape());
    assertThat(s.sum("switchboard_cache_hits_total", "gateway", "g", "provider", "openai")).isEqualTo(1);
    assertThat(s.sum("switchboard_requests_total", "provider", "anthropic", "status", "502")).isEqualTo(1);
    assertThat(s.sum("switchboard_request_duration_seconds_count", "provider", "anthropic", "status_class", "5xx"))
        .isEqualTo(1);
    assertThat(s.sum("switchboard_request_duration_seconds_bucket", "provider", "openai", "le", "0.025"))
        .as("12 ms is under the 25 ms bucket").isEqualTo(2);
    assertThat(s.sum("switchboard_upstream_first_byte_seconds_bucket", "provider", "openai", "le", "0.025")).isZero();
    assertThat(s.sum("switchboard_upstream_first_byte_seconds_bucket", "provider", "openai", "le", "0.05"))
        .isEqualTo(1);
    assertThat(s.has("switchboard_tokens_total")).as("no usage, no token series").isFalse();
  }
}
