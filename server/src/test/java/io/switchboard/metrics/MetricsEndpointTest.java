package io.switchboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /metrics after data-plane traffic, with logging on and off. */
class MetricsEndpointTest {
  static final String CHAT = "/openai/chat/completions";
  static final String BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  static final String ANSWER = "{\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"usage\":{\"prompt_tokens\":10,"
      + "\"completion_tokens\":5,\"total_tokens\":15}}";
  static final String PROVIDER_KEY = "sk-test-NEVER-IN-METRICS-0123456789";
  static MockUpstream mock;
  static TestGateway gw;
  static Http http;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    mock.on("/v1/chat/completions", MockUpstream.json(200, ANSWER));
    mock.on("/v1/fail", MockUpstream.json(400, "{\"error\":\"bad\"}"));
    mock.on("/v1/flaky", MockUpstream.firstThen(1, MockUpstream.json(503, "{}"), MockUpstream.json(200, ANSWER)));
    mock.on("/v2/chat/completions", mock.sse(java.util.List.of(
        "{\"model\":\"llama-3.1-8b-instant\",\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}",
        "{\"model\":\"llama-3.1-8b-instant\",\"choices\":[],\"usage\":{\"prompt_tokens\":7,"
            + "\"completion_tokens\":3,\"total_tokens\":10}}", "[DONE]"), 0));
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1", "--upstream", "groq=" + mock.base() + "/v2");
    http = gw.http();
    gw.createGateway("logged", "");
    gw.createGateway("quiet", "\"collect_logs\":false");
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  static Http.Response send(String gateway, String path, String... headers) {
    Http.Response r = http.send("POST", gw.dataPlane(gateway, path), BODY, headers);
    return r;
  }

  static Scrape scrape() {
    Http.Response r = http.send("GET", "/metrics", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
    return Scrape.parse(r.body());
  }

  @Test
  void countsRequestsLatencyTokensAndCostWithLogsOnAndOff() {
    Scrape before = scrape();
    for (int i = 0; i < 3; i++) {
      assertThat(send("logged", CHAT).status()).isEqualTo(200);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(send("quiet", CHAT).status()).isEqualTo(200);
    }
    assertThat(send("logged", CHAT, "cf-aig-collect-log", "false").status()).isEqualTo(200);
    assertThat(send("quiet", "/openai/fail").status()).isEqualTo(400);
    Scrape after = scrape();

    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "logged", "provider", "openai",
        "status", "200")).isEqualTo(4);
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "provider", "openai",
        "status", "200")).isEqualTo(2);
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "status", "400")).isEqualTo(1);
    assertThat(delta(before, after, "switchboard_request_duration_seconds_count", "gateway", "quiet",
        "status_class", "2xx")).isEqualTo(2);
    assertThat(delta(before, after, "switchboard_request_duration_seconds_bucket", "gateway", "logged",
        "status_class", "2xx", "le", "+Inf")).isEqualTo(4);
    assertThat(delta(before, after, "switchboard_upstream_first_byte_seconds_count", "provider", "openai"))
        .isEqualTo(7);
    assertThat(delta(before, after, "switchboard_tokens_total", "provider", "openai", "model", "gpt-4o-mini",
        "type", "input")).isEqualTo(60);
    assertThat(delta(before, after, "switchboard_tokens_total", "provider", "openai", "model", "gpt-4o-mini",
        "type", "output")).isEqualTo(30);
    assertThat(delta(before, after, "switchboard_cost_usd_total", "provider", "openai", "model", "gpt-4o-mini"))
        .as("6 × (10 × 0.15 + 5 × 0.60) / 1e6 USD").isCloseTo(6 * 4.5e-6, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void retriesCountAsAttemptsByStatus() {
    Scrape before = scrape();
    assertThat(send("quiet", "/openai/flaky", "cf-aig-max-attempts", "2", "cf-aig-retry-delay", "0").status())
        .isEqualTo(200);
    Scrape after = scrape();
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "status", "503")).isEqualTo(1);
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "status", "200")).isEqualTo(1);
  }

  @Test
  void streamedUsageIsCountedWithLogsOff() {
    Scrape before = scrape();
    assertThat(send("quiet", "/groq/chat/completions").status()).isEqualTo(200);
    Scrape after = scrape();
    assertThat(delta(before, after, "switchboard_tokens_total", "provider", "groq", "model", "llama-3.1-8b-instant",
        "type", "input")).isEqualTo(7);
    assertThat(delta(before, after, "switchboard_tokens_total", "provider", "groq", "type", "output")).isEqualTo(3);
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "provider", "groq",
        "status", "200")).isEqualTo(1);
  }

  @Test
  void universalFallbackCountsEveryStepWithLogsOff() {
    String steps = "[{\"provider\":\"openai\",\"endpoint\":\"fail\",\"headers\":{},\"query\":{\"model\":\"x\"}},"
        + "{\"provider\":\"groq\",\"endpoint\":\"chat/completions\",\"headers\":{},\"query\":{\"model\":\"y\"}}]";
    Scrape before = scrape();
    Http.Response r = http.send("POST", gw.dataPlane("quiet", ""), steps, "content-type", "application/json");
    assertThat(r.status()).isEqualTo(200);
    Scrape after = scrape();
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "provider", "openai",
        "status", "400")).isEqualTo(1);
    assertThat(delta(before, after, "switchboard_requests_total", "gateway", "quiet", "provider", "groq",
        "status", "200")).isEqualTo(1);
  }

  @Test
  void exposesTheLogWriterAndStoreFamilies() {
    send("logged", CHAT);
    Scrape s = scrape();
    for (String family : new String[] {"switchboard_log_queue_depth", "switchboard_log_queue_capacity",
        "switchboard_log_entries_dropped_total", "switchboard_log_bodies_shed_total",
        "switchboard_log_entries_written_total", "switchboard_log_write_failures_total", "switchboard_store_up",
        "switchboard_requests_total", "switchboard_request_duration_seconds_bucket",
        "switchboard_upstream_first_byte_seconds_bucket", "switchboard_tokens_total", "switchboard_cost_usd_total"}) {
      assertThat(s.has(family)).as(family).isTrue();
    }
    assertThat(s.sum("switchboard_log_queue_capacity")).isEqualTo(50_000);
    assertThat(s.sum("switchboard_store_up")).isEqualTo(1);
  }

  @Test
  void logWriterCountersFollowStoredEntries() throws InterruptedException {
    double written = scrape().sum("switchboard_log_entries_written_total");
    send("logged", CHAT);
    send("quiet", CHAT);
    double now = written;
    for (int i = 0; i < 100 && now < written + 1; i++) {
      Thread.sleep(20);
      now = scrape().sum("switchboard_log_entries_written_total");
    }
    Thread.sleep(100);
    assertThat(scrape().sum("switchboard_log_entries_written_total")).as("only the logged gateway's entry is stored")
        .isEqualTo(written + 1);
    assertThat(scrape().sum("switchboard_log_entries_dropped_total")).isZero();
  }

  @Test
  void noSecretHeaderOrMetadataReachesTheMetrics() {
    send("logged", CHAT, "authorization", "Bearer " + PROVIDER_KEY, "cf-aig-metadata", "{\"user\":\"alice-secret\"}",
        "cf-aig-event-id", "event-secret-42");
    send("quiet", CHAT, "authorization", "Bearer " + PROVIDER_KEY, "x-api-key", PROVIDER_KEY);
    String text = scrape().text();
    assertThat(text).doesNotContain(PROVIDER_KEY).doesNotContain("alice-secret").doesNotContain("event-secret-42")
        .doesNotContain(gw.admin());
    assertThat(text).doesNotContain("request_id").doesNotContain("log_id");
  }

  static double delta(Scrape before, Scrape after, String name, String... labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }
}
