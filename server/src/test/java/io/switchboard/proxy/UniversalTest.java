package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The universal endpoint: ordered steps, per-step retries and timeout, fallback and cf-aig-step. */
class UniversalTest {
  static MockUpstream primary;
  static MockUpstream backup;
  static TestGateway gw;

  @BeforeAll
  static void start() {
    primary = new MockUpstream();
    backup = new MockUpstream();
    gw = TestGateway.start("--upstream", "openai=" + primary.base() + "/v1", "--upstream",
        "groq=" + backup.base() + "/openai/v1");
    gw.createGateway("uni", "");
  }

  @AfterAll
  static void stop() {
    gw.close();
    primary.close();
    backup.close();
  }

  @BeforeEach
  void reset() {
    primary.reset();
    backup.reset();
  }

  private static String steps(String firstConfig) {
    return "[{\"provider\":\"openai\",\"endpoint\":\"chat/completions\",\"headers\":{\"authorization\":\"Bearer sk-1\","
        + "\"content-type\":\"application/json\"},\"query\":{\"model\":\"gpt-4o-mini\",\"messages\":[]}"
        + (firstConfig.isEmpty() ? "" : ",\"config\":" + firstConfig) + "},"
        + "{\"provider\":\"groq\",\"endpoint\":\"chat/completions\",\"headers\":{\"authorization\":\"Bearer gsk-2\"},"
        + "\"query\":{\"model\":\"llama-3.1-8b-instant\",\"messages\":[]}}]";
  }

  private HttpResponse<String> post(String body) {
    return gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("uni"))).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @Test
  void firstStepAnswersWithStepZero() {
    primary.on("/v1/chat/completions", MockUpstream.json(200, "{\"from\":\"primary\"}"));
    HttpResponse<String> r = post(steps(""));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"from\":\"primary\"}");
    assertThat(r.headers().firstValue("cf-aig-step")).contains("0");
    var got = primary.received().get(0);
    assertThat(got.headers().get("authorization")).isEqualTo("Bearer sk-1");
    assertThat(Json.parse(got.body()).path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(backup.received()).isEmpty();
  }

  @Test
  void aTimeoutFallsBackToTheNextStep() {
    primary.on("/v1/chat/completions", primary.delayed(2000, MockUpstream.json(200, "{\"from\":\"primary\"}")));
    backup.on("/openai/v1/chat/completions", MockUpstream.json(200, "{\"from\":\"backup\"}"));
    long t0 = System.nanoTime();
    HttpResponse<String> r = post(steps("{\"requestTimeout\":200}"));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1500);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"from\":\"backup\"}");
    assertThat(r.headers().firstValue("cf-aig-step")).contains("1");
    assertThat(backup.received().get(0).headers().get("authorization")).isEqualTo("Bearer gsk-2");
  }

  @Test
  void stepRetriesRunBeforeFallingBack() {
    primary.on("/v1/chat/completions", MockUpstream.json(500, "{}"));
    backup.on("/openai/v1/chat/completions", MockUpstream.json(200, "{\"from\":\"backup\"}"));
    HttpResponse<String> r = post(steps("{\"maxAttempts\":3,\"retryDelay\":10,\"backoff\":\"constant\"}"));
    assertThat(primary.received()).hasSize(3);
    assertThat(r.headers().firstValue("cf-aig-step")).contains("1");
  }

  @Test
  void stepHeadersOverrideRequestHeaders() {
    primary.on("/v1/chat/completions", primary.delayed(3000, MockUpstream.json(200, "{}")));
    backup.on("/openai/v1/chat/completions", MockUpstream.json(200, "{\"from\":\"backup\"}"));
    String body = steps("").replace("\"headers\":{\"authorization\":\"Bearer sk-1\"",
        "\"headers\":{\"cf-aig-request-timeout\":800,\"authorization\":\"Bearer sk-1\"");
    HttpResponse<String> r = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("uni")))
        .header("cf-aig-request-timeout", "5000").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(r.headers().firstValue("cf-aig-step")).contains("1");
    assertThat(primary.received().get(0).headers().names()).noneMatch(n -> n.startsWith("cf-aig-"));
  }

  @Test
  void whenEveryStepFailsTheLastAnswerIsReturned() {
    primary.on("/v1/chat/completions", MockUpstream.json(500, "{\"from\":\"primary\"}"));
    backup.on("/openai/v1/chat/completions", MockUpstream.json(429, "{\"from\":\"backup\"}"));
    HttpResponse<String> r = post(steps(""));
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.body()).contains("backup");
    assertThat(r.headers().firstValue("cf-aig-step")).contains("1");
  }

  @Test
  void aSingleStepObjectIsAccepted() {
    primary.on("/v1/chat/completions", MockUpstream.json(200, "{\"ok\":1}"));
    HttpResponse<String> r = post("{\"provider\":\"openai\",\"endpoint\":\"chat/completions\",\"headers\":{},"
        + "\"query\":{\"model\":\"m\"}}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("cf-aig-step")).contains("0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[{\"provider\":\"openai\",\"endpoint\":\"x\"},{\"provider\":\"groq\"}]|[1].endpoint",
      "[{\"endpoint\":\"x\"}]|[0].provider",
      "[{\"provider\":\"openai\",\"endpoint\":\"x\",\"headers\":[1]}]|[0].headers",
      "[{\"provider\":\"openai\",\"endpoint\":\"x\",\"config\":{\"maxAttempts\":9}}]|maxAttempts",
      "[{\"provider\":\"openai\",\"endpoint\":\"x\",\"config\":{\"retries\":2}}]|config.retries",
      "[]|empty array",
      "[1]|[0] must be an object"})
  void malformedStepsAre400NamingTheField(String body, String named) {
    HttpResponse<String> r = post(body);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.parse(r.body()).path("message").asText()).contains(named);
    assertThat(primary.received()).isEmpty();
  }

  @Test
  void unknownProviderInAStepIs2008AndMalformedJsonIs400() {
    HttpResponse<String> r = post("[{\"provider\":\"nope\",\"endpoint\":\"x\"}]");
    assertThat(Json.parse(r.body()).path("internalCode").asInt()).isEqualTo(2008);
    HttpResponse<String> bad = post("[{");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Json.parse(bad.body()).path("message").asText()).startsWith("Malformed JSON");
  }
}
