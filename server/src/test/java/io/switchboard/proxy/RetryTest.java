package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retry matrix: which statuses are retried, how many attempts the gateway defaults and the
 * request headers allow, and the waits between attempts for each backoff, measured at the mock.
 */
class RetryTest {
  static MockUpstream mock;
  static TestGateway gw;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1");
    gw.createGateway("r-linear", "\"retry_max_attempts\":3,\"retry_delay\":100,\"retry_backoff\":\"linear\"");
    gw.createGateway("r-none", "");
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(429, true), Arguments.of(500, true), Arguments.of(502, true), Arguments.of(503, true),
        Arguments.of(504, true), Arguments.of(400, false), Arguments.of(401, false), Arguments.of(403, false),
        Arguments.of(404, false), Arguments.of(422, false));
  }

  @ParameterizedTest(name = "status {0} retried: {1}")
  @MethodSource("statuses")
  void retriesOnlyConnectionLikeFailures429And5xx(int status, boolean retried) {
    mock.on("/v1/chat/completions", MockUpstream.firstThen(1, MockUpstream.json(status, "{\"e\":1}"),
        MockUpstream.json(200, "{\"ok\":true}")));
    HttpResponse<String> r = post("r-none", Map.of("cf-aig-max-attempts", "2", "cf-aig-retry-delay", "0"));
    assertThat(mock.received()).hasSize(retried ? 2 : 1);
    assertThat(r.statusCode()).isEqualTo(retried ? 200 : status);
  }

  static Stream<Arguments> waits() {
    return Stream.of(
        // gateway defaults: 3 attempts, 100 ms, linear -> waits 100, 200
        Arguments.of("r-linear", Map.of(), List.of(100L, 200L)),
        // headers override the backoff and delay
        Arguments.of("r-linear", Map.of("cf-aig-backoff", "constant", "cf-aig-retry-delay", "150"), List.of(150L, 150L)),
        Arguments.of("r-linear", Map.of("cf-aig-backoff", "exponential", "cf-aig-retry-delay", "60",
            "cf-aig-max-attempts", "4"), List.of(60L, 120L, 240L)),
        // header enables retries on a gateway without them
        Arguments.of("r-none", Map.of("cf-aig-max-attempts", "3", "cf-aig-retry-delay", "80",
            "cf-aig-backoff", "linear"), List.of(80L, 160L)),
        // header reduces attempts below the gateway default
        Arguments.of("r-linear", Map.of("cf-aig-max-attempts", "1"), List.of()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("waits")
  void waitsFollowTheBackoffFormula(String gateway, Map<String, String> headers, List<Long> expectedWaits) {
    mock.on("/v1/chat/completions", MockUpstream.json(503, "{\"error\":\"overloaded\"}"));
    HttpResponse<String> r = post(gateway, headers);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("overloaded");
    var got = mock.received();
    assertThat(got).hasSize(expectedWaits.size() + 1);
    for (int i = 0; i < expectedWaits.size(); i++) {
      long waitedMs = (got.get(i + 1).atNanos() - got.get(i).atNanos()) / 1_000_000;
      assertThat(waitedMs).as("wait %d", i + 1).isBetween(expectedWaits.get(i) - 5, expectedWaits.get(i) + 150);
    }
  }

  @Test
  void retryAfterIsHonouredUpToTheCap() {
    mock.on("/v1/chat/completions", MockUpstream.firstThen(1, MockUpstream.withHeaders(Map.of("retry-after", "1"),
        MockUpstream.json(429, "{}")), MockUpstream.json(200, "{\"ok\":1}")));
    HttpResponse<String> r = post("r-none", Map.of("cf-aig-max-attempts", "2", "cf-aig-retry-delay", "10"));
    assertThat(r.statusCode()).isEqualTo(200);
    long waited = (mock.received().get(1).atNanos() - mock.received().get(0).atNanos()) / 1_000_000;
    assertThat(waited).isBetween(990L, 1300L);
    assertThat(RetryPolicy.MAX_WAIT_MS).isEqualTo(5000);
    assertThat(new RetryPolicy(2, 10, Backoff.CONSTANT, 0).waitBeforeNext(1, 60_000)).isEqualTo(5000);
  }

  @Test
  void theLogIdNamesTheAttemptThatAnswered() {
    mock.on("/v1/chat/completions", MockUpstream.firstThen(1, MockUpstream.json(500, "{}"),
        MockUpstream.json(200, "{}")));
    HttpResponse<String> r = post("r-none", Map.of("cf-aig-max-attempts", "2", "cf-aig-retry-delay", "0"));
    assertThat(r.headers().firstValue("cf-aig-log-id")).isNotEqualTo(r.headers().firstValue("cf-aig-request-id"));
  }

  @Test
  void connectionFailuresAreRetriedThenReported() {
    try (TestGateway dead = TestGateway.start("--upstream", "openai=http://127.0.0.1:1/v1")) {
      dead.createGateway("d", "");
      HttpResponse<String> r = dead.send(HttpRequest.newBuilder(URI.create(dead.gatewayUrl("d")
          + "/openai/chat/completions")).header("cf-aig-max-attempts", "2").header("cf-aig-retry-delay", "0")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
      assertThat(r.statusCode()).isEqualTo(502);
      assertThat(Json.parse(r.body()).path("internalCode").asInt()).isEqualTo(2014);
    }
  }

  @Test
  void timeoutBeforeTheFirstByteIs504ThenRetried() {
    mock.on("/v1/chat/completions", mock.delayed(1500, MockUpstream.json(200, "{}")));
    long t0 = System.nanoTime();
    HttpResponse<String> r = post("r-none", Map.of("cf-aig-request-timeout", "200"));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1200);
    assertThat(r.statusCode()).isEqualTo(504);
    assertThat(Json.parse(r.body()).path("internalCode").asInt()).isEqualTo(2015);

    mock.reset();
    mock.on("/v1/chat/completions", MockUpstream.firstThen(1, mock.delayed(1500, MockUpstream.json(200, "{}")),
        MockUpstream.json(200, "{\"second\":true}")));
    HttpResponse<String> retried = post("r-none", Map.of("cf-aig-request-timeout", "200", "cf-aig-max-attempts", "2",
        "cf-aig-retry-delay", "0"));
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(retried.body()).contains("second");
  }

  @ParameterizedTest
  @MethodSource("badHeaders")
  void invalidHeaderValuesAre400NamingTheHeader(String header, String value) {
    HttpResponse<String> r = post("r-none", Map.of(header, value));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.parse(r.body()).path("message").asText()).contains(header);
    assertThat(mock.received()).isEmpty();
  }

  static Stream<Arguments> badHeaders() {
    return Stream.of(Arguments.of("cf-aig-max-attempts", "6"), Arguments.of("cf-aig-max-attempts", "0"),
        Arguments.of("cf-aig-max-attempts", "two"), Arguments.of("cf-aig-retry-delay", "5001"),
        Arguments.of("cf-aig-retry-delay", "-1"), Arguments.of("cf-aig-backoff", "random"),
        Arguments.of("cf-aig-request-timeout", "soon"));
  }

  private HttpResponse<String> post(String gateway, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gw.gatewayUrl(gateway) + "/openai/chat/completions"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}"));
    headers.forEach(b::header);
    return gw.send(b.build());
  }
}
