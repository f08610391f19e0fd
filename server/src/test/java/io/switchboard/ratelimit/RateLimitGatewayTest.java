package io.switchboard.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gateway and per-key limits through a whole gateway (in-process limiter). */
class RateLimitGatewayTest {
  static final String CHAT = "/openai/chat/completions";
  static MockUpstream mock;
  static TestGateway gw;

  @BeforeAll
  static void start() {
    mock = new MockUpstream().on("/v1/chat/completions", MockUpstream.json(200, "{\"ok\":true}"));
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1");
    gw.createGateway("limited", "\"rate_limiting_limit\":2,\"rate_limiting_interval\":3600,"
        + "\"rate_limiting_technique\":\"fixed\"");
    gw.createGateway("pertoken", "\"rate_limits\":[{\"key\":\"token\",\"limit\":1,\"interval\":3600}]");
    gw.createGateway("peruser", "\"rate_limits\":[{\"key\":\"metadata.user\",\"limit\":1,\"interval\":3600,"
        + "\"technique\":\"sliding\"}]");
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  static Http.Response post(String gateway, String... headers) {
    return gw.http().send("POST", gw.dataPlane(gateway, CHAT), "{}", headers);
  }

  @Test
  void gatewayLimitAnswers429WithRetryAfterAndSendsNothingUpstream() {
    long before = mock.received().size();
    assertThat(post("limited").status()).isEqualTo(200);
    assertThat(post("limited").status()).isEqualTo(200);
    Http.Response over = post("limited");
    assertThat(over.status()).isEqualTo(429);
    assertThat(over.errorCode()).isEqualTo(2003);
    assertThat(over.json().path("name").asText()).isEqualTo("AiGatewayError");
    long retryAfter = Long.parseLong(over.headers().firstValue("retry-after").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(over.headers().firstValue("cf-aig-request-id")).isPresent();
    assertThat(mock.received().size() - before).isEqualTo(2);
  }

  @Test
  void perTokenLimitCountsEachTokenApart() {
    assertThat(post("pertoken", "cf-aig-authorization", "Bearer token-a").status()).isEqualTo(200);
    assertThat(post("pertoken", "cf-aig-authorization", "Bearer token-a").status()).isEqualTo(429);
    assertThat(post("pertoken", "cf-aig-authorization", "Bearer token-b").status()).isEqualTo(200);
    assertThat(post("pertoken").status()).as("no token: the rule does not apply").isEqualTo(200);
    assertThat(post("pertoken").status()).isEqualTo(200);
  }

  @Test
  void perMetadataLimitCountsEachValueApart() {
    assertThat(post("peruser", "cf-aig-metadata", "{\"user\":\"u1\",\"team\":\"x\"}").status()).isEqualTo(200);
    assertThat(post("peruser", "cf-aig-metadata", "{\"user\":\"u1\",\"team\":\"y\"}").status()).isEqualTo(429);
    assertThat(post("peruser", "cf-aig-metadata", "{\"user\":\"u2\"}").status()).isEqualTo(200);
    assertThat(post("peruser", "cf-aig-metadata", "{\"team\":\"x\"}").status()).isEqualTo(200);
  }

  @Test
  void rulesAreValidated() {
    Http.Response bad = gw.http().post(gw.gateways(""), gw.admin(), TestGateway.minimalGateway("badrules")
        .set("rate_limits", io.switchboard.json.Json.parse("[{\"key\":\"ip\",\"limit\":0,\"interval\":60,"
            + "\"technique\":\"leaky\"}]")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("rate_limits.0.key", "rate_limits.0.limit", "rate_limits.0.technique");
  }
}
