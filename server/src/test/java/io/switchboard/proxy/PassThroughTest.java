package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faithful pass-through: method, path, query, headers and bodies cross unchanged; ids are added. */
class PassThroughTest {
  private static final Pattern UUID_V7 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  static MockUpstream mock;
  static TestGateway gw;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1", "--upstream", "elevenlabs=" + mock.base());
    gw.createGateway("pass", "");
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

  @Test
  void forwardsMethodPathQueryHeadersAndBodyAndReturnsTheAnswerAsItIs() {
    mock.on("/v1/chat/completions", MockUpstream.withHeaders(Map.of("x-request-id", "req_123",
        "openai-processing-ms", "12"), MockUpstream.json(201, "{\"id\":\"chatcmpl-1\"}")));
    String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    HttpResponse<String> r = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass")
            + "/openai/chat/completions?api-version=2024-10-21&x=a%20b"))
        .header("authorization", "Bearer sk-test-provider-key")
        .header("content-type", "application/json")
        .header("x-custom", "kept")
        .header("cf-aig-metadata", "{\"user\":\"u1\"}")
        .header("cf-aig-event-id", "my-event")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("{\"id\":\"chatcmpl-1\"}");
    assertThat(r.headers().firstValue("x-request-id")).contains("req_123");
    assertThat(r.headers().firstValue("openai-processing-ms")).contains("12");
    assertThat(r.headers().firstValue("cf-aig-log-id").orElseThrow()).matches(UUID_V7);
    assertThat(r.headers().firstValue("cf-aig-request-id")).isEqualTo(r.headers().firstValue("cf-aig-log-id"));
    assertThat(r.headers().firstValue("cf-aig-event-id")).contains("my-event");

    MockUpstream.Received got = mock.received().get(0);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.uri()).isEqualTo("/v1/chat/completions?api-version=2024-10-21&x=a%20b");
    assertThat(got.body().toString()).isEqualTo(body);
    assertThat(got.headers().get("authorization")).isEqualTo("Bearer sk-test-provider-key");
    assertThat(got.headers().get("x-custom")).isEqualTo("kept");
    assertThat(got.headers().names()).noneMatch(n -> n.toLowerCase().startsWith("cf-aig-"));
    assertThat(got.headers().get("host")).isEqualTo("127.0.0.1:" + mock.port());
  }

  @Test
  void eventIdDefaultsToTheLogIdAndGetRequestsPass() {
    mock.on("/v1/models", MockUpstream.json(200, "{\"data\":[]}"));
    HttpResponse<String> r = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass") + "/openai/models"))
        .GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("cf-aig-event-id")).isEqualTo(r.headers().firstValue("cf-aig-log-id"));
    assertThat(mock.received().get(0).method()).isEqualTo("GET");
  }

  @Test
  void upstreamErrorsPassThroughVerbatim() {
    mock.on("/v1/chat/completions", MockUpstream.json(401,
        "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"));
    HttpResponse<String> r = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass")
        + "/openai/chat/completions")).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("Incorrect API key provided");
  }

  @Test
  void hopByHopHeadersAreDroppedBothWays() throws Exception {
    mock.on("/v1/x", (req, b, resp, n) -> resp.putHeader("keep-alive", "timeout=5")
        .putHeader("x-upstream", "1").end("ok"));
    try (Socket s = new Socket("127.0.0.1", gw.switchboard().port())) {
      String path = "/v1/" + gw.accountId() + "/pass/openai/x";
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, X-Hop\r\nX-Hop: secret\r\n"
          + "Keep-Alive: timeout=5\r\nTE: trailers\r\nProxy-Authorization: Basic abc\r\nX-End: 1\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
      String status = in.readLine();
      StringBuilder head = new StringBuilder();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        head.append(line.toLowerCase()).append('\n');
      }
      assertThat(status).contains("200");
      assertThat(head.toString()).contains("x-upstream: 1").doesNotContain("keep-alive: timeout");
    }
    var got = mock.received().get(0).headers();
    assertThat(got.get("x-end")).isEqualTo("1");
    assertThat(got.contains("x-hop")).isFalse();
    assertThat(got.contains("keep-alive")).isFalse();
    assertThat(got.contains("te")).isFalse();
    assertThat(got.contains("proxy-authorization")).isFalse();
  }

  @Test
  void binaryBodiesAreByteExactBothWays() throws Exception {
    byte[] audio = new byte[1_500_000];
    new Random(42).nextBytes(audio);
    mock.on("/v1/text-to-speech/voice1", MockUpstream.binary("audio/mpeg", audio));
    HttpResponse<byte[]> r = gw.client().send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass")
            + "/elevenlabs/v1/text-to-speech/voice1")).header("xi-api-key", "k")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).contains("audio/mpeg");
    assertThat(r.body()).isEqualTo(audio);

    byte[] upload = new byte[700_000];
    new Random(7).nextBytes(upload);
    mock.on("/v1/audio/transcriptions", (req, b, resp, n) -> resp.end(hex(b.getBytes())));
    HttpResponse<String> up = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass")
            + "/openai/audio/transcriptions")).header("content-type", "multipart/form-data; boundary=xyz")
        .POST(HttpRequest.BodyPublishers.ofByteArray(upload)).build());
    assertThat(up.body()).isEqualTo(hex(upload));
    assertThat(mock.received().get(1).headers().get("content-type")).isEqualTo("multipart/form-data; boundary=xyz");
  }

  @Test
  void unknownProviderIs2008() {
    HttpResponse<String> r = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass") + "/no-such/x"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.parse(r.body()).path("internalCode").asInt()).isEqualTo(2008);
    assertThat(r.headers().firstValue("cf-aig-log-id")).isPresent();
  }

  @Test
  void javaHttpClientWithH2cUpgradeIsAnswered() throws Exception {
    mock.on("/v1/chat/completions", MockUpstream.json(200, "{\"ok\":true}"));
    HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    HttpResponse<String> r = h2.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass")
            + "/openai/chat/completions")).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"ok\":true}");
    HttpResponse<String> again = h2.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("pass")
        + "/openai/chat/completions")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(200);
  }

  @Test
  void oversizedBodyIs413() {
    try (TestGateway small = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1", "--max-body-bytes",
        "2048")) {
      small.createGateway("s", "");
      HttpResponse<String> r = small.send(HttpRequest.newBuilder(URI.create(small.gatewayUrl("s")
          + "/openai/chat/completions")).POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000))).build());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(Json.parse(r.body()).path("name").asText()).isEqualTo("AiGatewayError");
    }
  }

  static String hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
