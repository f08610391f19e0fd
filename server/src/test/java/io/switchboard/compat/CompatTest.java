package io.switchboard.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The /compat endpoints end to end: routing by model prefix, translation both ways, errors, logs. */
class CompatTest {
  static MockUpstream mock;
  static TestGateway gw;
  static Http http;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1", "--upstream", "anthropic=" + mock.base(),
        "--upstream", "google-ai-studio=" + mock.base(), "--upstream", "groq=" + mock.base() + "/openai/v1",
        "--upstream", "azure-openai=" + mock.base());
    http = gw.http();
    gw.createGateway("c", "");
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

  static String golden(String path) {
    try (InputStream in = CompatTest.class.getResourceAsStream("/golden/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Http.Response chat(String body, String... headers) {
    return http.send("POST", gw.dataPlane("c", "/compat/chat/completions"), body, headers);
  }

  @Test
  void openAiCompatibleProvidersGetTheBodyWithThePrefixStripped() {
    mock.on("/openai/v1/chat/completions", MockUpstream.json(200, "{\"id\":\"x\",\"object\":\"chat.completion\","
        + "\"model\":\"llama-3.1-8b-instant\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4}}"));
    Http.Response r = chat("{\"model\":\"groq/llama-3.1-8b-instant\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
        "authorization", "Bearer gsk-key");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var got = mock.received().get(0);
    assertThat(Json.parse(got.body()).path("model").asText()).isEqualTo("llama-3.1-8b-instant");
    assertThat(got.headers().get("authorization")).isEqualTo("Bearer gsk-key");
  }

  @Test
  void anthropicIsTranslatedBothWaysWithTheKeyMovedToXApiKey() {
    mock.on("/v1/messages", MockUpstream.json(200, golden("anthropic/chat-basic/upstream-response.json")));
    Http.Response r = chat(golden("anthropic/chat-basic/client-request.json").replace("\"claude", "\"anthropic/claude"),
        "authorization", "Bearer sk-ant-key");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("object").asText()).isEqualTo("chat.completion");
    assertThat(r.json().path("choices").get(0).path("message").path("content").asText())
        .isEqualTo("Hello! How can I assist you today?");
    assertThat(r.json().path("usage").path("prompt_tokens").asInt()).isEqualTo(12);
    var got = mock.received().get(0);
    assertThat(got.headers().get("x-api-key")).isEqualTo("sk-ant-key");
    assertThat(got.headers().contains("authorization")).isFalse();
    assertThat(got.headers().get("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(Json.parse(got.body())).isEqualTo(Json.parse(golden("anthropic/chat-basic/upstream-request.json")));
  }

  @Test
  void anthropicStreamsWithToolCallsBecomeOpenAiChunksAndAreLogged() {
    String sse = golden("anthropic/stream-tools/upstream-response.sse");
    mock.on("/v1/messages", (req, b, resp, n) -> resp.putHeader("content-type", "text/event-stream").end(sse));
    Http.Response r = chat("{\"model\":\"anthropic/claude-sonnet-4-5\",\"stream\":true,\"stream_options\":"
        + "{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"weather?\"}],\"tools\":[{\"type\":"
        + "\"function\",\"function\":{\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\"}}}]}",
        "authorization", "Bearer k");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
    assertThat(r.body()).isEqualTo(golden("anthropic/stream-tools/client-response.sse")
        .replaceAll("\"created\":\\d+", "\"created\":" + created(r.body())));
    JsonNode log = awaitLog(r.headers().firstValue("cf-aig-log-id").orElseThrow());
    assertThat(log.path("provider").asText()).isEqualTo("anthropic");
    assertThat(log.path("tokens_in").asLong()).isEqualTo(472);
    assertThat(log.path("tokens_out").asLong()).isPositive();
    assertThat(log.path("request_type").asText()).isEqualTo("compat");
  }

  private static String created(String body) {
    var m = java.util.regex.Pattern.compile("\"created\":(\\d+)").matcher(body);
    return m.find() ? m.group(1) : "0";
  }

  @Test
  void googleIsTranslated() {
    mock.on("/v1beta/models/gemini-2.5-flash:generateContent",
        MockUpstream.json(200, golden("google/chat-basic/upstream-response.json")));
    Http.Response r = chat(golden("google/chat-basic/client-request.json")
        .replaceFirst("\"model\"\\s*:\\s*\"[^\"]+\"", "\"model\":\"google-ai-studio/gemini-2.5-flash\""),
        "authorization", "Bearer g-key");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("choices").get(0).path("message").path("content").asText()).isNotEmpty();
    assertThat(mock.received().get(0).headers().get("x-goog-api-key")).isEqualTo("g-key");
  }

  @Test
  void providerErrorsComeBackInOpenAiShapeWithTheirStatus() {
    mock.on("/v1/messages", MockUpstream.json(429, golden("anthropic/error-429/upstream-response.json")));
    Http.Response r = chat("{\"model\":\"anthropic/claude-sonnet-4-5\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().path("error").path("message").asText()).isNotEmpty();

    mock.on("/v1/chat/completions", (req, b, resp, n) -> resp.setStatusCode(503).putHeader("content-type", "text/html")
        .end("<html><body>Service Unavailable</body></html>"));
    Http.Response html = chat("{\"model\":\"openai/gpt-4o-mini\",\"messages\":[]}");
    assertThat(html.status()).isEqualTo(503);
    assertThat(html.json().path("error").path("message").asText()).contains("Service Unavailable");
  }

  @Test
  void azureTakesResourceAndDeploymentFromTheModel() {
    mock.on("/openai/deployments/my-gpt4o/chat/completions", MockUpstream.json(200, "{\"id\":\"a\","
        + "\"object\":\"chat.completion\",\"choices\":[]}"));
    Http.Response r = http.send("POST", gw.dataPlane("c", "/compat/chat/completions?api-version=2025-01-01-preview"),
        "{\"model\":\"azure-openai/myres/my-gpt4o\",\"messages\":[]}", "authorization", "Bearer az-key");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var got = mock.received().get(0);
    assertThat(got.uri()).isEqualTo("/openai/deployments/my-gpt4o/chat/completions?api-version=2025-01-01-preview");
    assertThat(got.headers().get("api-key")).isEqualTo("az-key");
    assertThat(chat("{\"model\":\"azure-openai/only-resource\",\"messages\":[]}").json().path("internalCode")
        .asInt()).isEqualTo(2019);
  }

  @Test
  void noPrefixIs2019AndUnknownProviderIs2008() {
    Http.Response none = chat("{\"model\":\"gpt-4o-mini\",\"messages\":[]}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().path("internalCode").asInt()).isEqualTo(2019);
    Http.Response unknown = chat("{\"model\":\"nope/x\",\"messages\":[]}");
    assertThat(unknown.json().path("internalCode").asInt()).isEqualTo(2008);
    Http.Response bad = chat("[1]");
    assertThat(bad.json().path("internalCode").asInt()).isEqualTo(2019);
  }

  @Test
  void anthropicFrontDoorReachesOpenAiAndAnswersInAnthropicsShape() {
    mock.on("/v1/chat/completions", MockUpstream.json(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\","
        + "\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        + "\"content\":\"Hi there\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,"
        + "\"total_tokens\":7}}"));
    Http.Response r = http.send("POST", gw.dataPlane("c", "/compat/v1/messages"), "{\"model\":\"openai/gpt-4o-mini\","
        + "\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}", "x-api-key", "sk-openai");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("type").asText()).isEqualTo("message");
    assertThat(r.json().path("content").get(0).path("text").asText()).isEqualTo("Hi there");
    assertThat(r.json().path("usage").path("input_tokens").asInt()).isEqualTo(5);
    var got = mock.received().get(0);
    assertThat(got.headers().get("authorization")).isEqualTo("Bearer sk-openai");
    assertThat(Json.parse(got.body()).path("model").asText()).isEqualTo("gpt-4o-mini");
  }

  @Test
  void embeddingsAndModels() {
    mock.on("/v1/embeddings", MockUpstream.json(200, "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\","
        + "\"index\":0,\"embedding\":\"AACAPw==\"}],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":2,"
        + "\"total_tokens\":2}}"));
    Http.Response e = http.send("POST", gw.dataPlane("c", "/compat/embeddings"), "{\"model\":\"openai/text-embedding-3-small\","
        + "\"input\":\"hi\",\"encoding_format\":\"base64\"}");
    assertThat(e.status()).as(e.body()).isEqualTo(200);
    assertThat(Json.parse(mock.received().get(0).body()).path("model").asText()).isEqualTo("text-embedding-3-small");

    mock.on("/v1beta/models/text-embedding-004:batchEmbedContents", MockUpstream.json(200,
        "{\"embeddings\":[{\"values\":[1.0,0.5]}]}"));
    Http.Response g = http.send("POST", gw.dataPlane("c", "/compat/embeddings"),
        "{\"model\":\"google-ai-studio/text-embedding-004\",\"input\":[\"hi\"],\"encoding_format\":\"base64\"}");
    assertThat(g.status()).as(g.body()).isEqualTo(200);
    assertThat(g.json().path("data").get(0).path("embedding").asText()).isEqualTo("AACAPwAAAD8=");

    Http.Response models = http.send("GET", gw.dataPlane("c", "/compat/models"), null);
    assertThat(models.json().path("object").asText()).isEqualTo("list");
    assertThat(models.body()).contains("\"openai/gpt-4o-mini\"").contains("\"anthropic/");
  }

  static JsonNode awaitLog(String id) {
    for (int i = 0; i < 200; i++) {
      Http.Response r = http.get(gw.gateways("/c/logs/" + id), gw.admin());
      if (r.status() == 200) {
        return r.result();
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no log " + id);
  }
}
