package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.store.Database;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request bodies held at once are bounded for the whole process (max-buffered-body-bytes): a body that
 * does not fit in what is left gets 503 with Retry-After, one that could never fit 413, and what a
 * request held is given back when its response ends or its client goes away.
 */
class BodyBudgetTest {
  private static final int BUDGET = 64 * 1024;
  static MockUpstream mock;
  static TestGateway gw;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    mock.on("/v1/chat/completions", mock.delayed(1_500, MockUpstream.json(200, "{\"ok\":true}")));
    mock.on("/v1/embeddings", MockUpstream.json(200, "{\"ok\":true}"));
    mock.on("/v1/images/generations", MockUpstream.json(200, "{\"data\":\"" + "i".repeat(100_000) + "\"}"));
    mock.on("/v1/moderations", MockUpstream.json(200, "{\"data\":\"" + "m".repeat(10_000) + "\"}"));
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1", "--max-buffered-body-bytes",
        Integer.toString(BUDGET));
    gw.createGateway("b", "");
    gw.createGateway("c", "\"cache_ttl\":300");
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  /** Every test leaves nothing held: each response's bytes went back, however it ended. */
  @AfterEach
  void nothingIsHeldOnceEveryResponseIsOver() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    String held = heldLine();
    while (!held.equals("switchboard_request_body_bytes_held 0.0") && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
      held = heldLine();
    }
    assertThat(held).isEqualTo("switchboard_request_body_bytes_held 0.0");
  }

  private static String heldLine() {
    return gw.switchboard().metrics().scrape().lines().filter(l -> l.startsWith("switchboard_request_body_bytes_held "))
        .findFirst().orElse("missing");
  }

  private static HttpRequest post(String path, int bytes) {
    return HttpRequest.newBuilder(URI.create(gw.gatewayUrl("b") + "/openai/" + path))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(bytes))).build();
  }

  @Test
  void aBodyThatCannotFitWhileAnotherIsHeldIs503AndFitsOnceItIsGiven() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int before = mock.received().size();
    CompletableFuture<HttpResponse<String>> slow = client.sendAsync(post("chat/completions", 40_000),
        HttpResponse.BodyHandlers.ofString());
    awaitUpstreamRequests(before + 1);

    HttpResponse<String> busy = gw.send(post("embeddings", 40_000));
    assertThat(busy.statusCode()).isEqualTo(503);
    assertThat(busy.headers().firstValue("retry-after")).contains("1");
    assertThat(Json.parse(busy.body()).path("name").asText()).isEqualTo("AiGatewayError");
    assertThat(busy.body()).contains("max-buffered-body-bytes");

    assertThat(slow.get().statusCode()).isEqualTo(200);
    assertThat(gw.send(post("embeddings", 40_000)).statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyLargerThanTheWholeBudgetIs413EvenWhenSentChunked() {
    HttpResponse<String> declared = gw.send(post("embeddings", BUDGET + 1));
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("max-buffered-body-bytes");

    byte[] bytes = "y".repeat(BUDGET + 10_000).getBytes();
    HttpResponse<String> chunked = gw.send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("b")
        + "/openai/embeddings")).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
        .build());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(gw.send(post("embeddings", 1_000)).statusCode()).isEqualTo(200);
  }

  @Test
  void aClientThatGoesAwayGivesItsBytesBack() throws Exception {
    HttpClient impatient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CompletableFuture<HttpResponse<String>> abandoned = impatient.sendAsync(HttpRequest.newBuilder(
        URI.create(gw.gatewayUrl("b") + "/openai/chat/completions")).timeout(Duration.ofMillis(300))
        .POST(HttpRequest.BodyPublishers.ofString("z".repeat(40_000))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(abandoned).failsWithin(Duration.ofSeconds(5));
    // The client timed out and closed its connection well before the upstream's 1.5 s answer.
    long deadline = System.currentTimeMillis() + 1_000;
    int status;
    do {
      status = gw.send(post("embeddings", 40_000)).statusCode();
    } while (status == 503 && System.currentTimeMillis() < deadline);
    assertThat(status).isEqualTo(200);
  }

  @Test
  void aResponseLargerThanTheRoomLeftIsRelayedWholeButLoggedIncomplete() throws Exception {
    HttpResponse<String> r = gw.send(post("images/generations", 100));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).hasSize(100_000 + "{\"data\":\"\"}".length());
    assertThat(awaitLog("/images/generations")).isEqualTo("0");
    HttpResponse<String> small = gw.send(post("moderations", 100));
    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(awaitLog("/moderations")).isEqualTo("1");
  }

  @Test
  void aResponseLargerThanTheRoomLeftIsNotCached() {
    HttpRequest big = HttpRequest.newBuilder(URI.create(gw.gatewayUrl("c") + "/openai/images/generations"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"a cat\"}")).build();
    assertThat(gw.send(big).headers().firstValue("cf-aig-cache-status")).contains("MISS");
    HttpResponse<String> again = gw.send(big);
    assertThat(again.headers().firstValue("cf-aig-cache-status")).contains("MISS");
    assertThat(again.body()).hasSize(100_000 + "{\"data\":\"\"}".length());

    HttpRequest small = HttpRequest.newBuilder(URI.create(gw.gatewayUrl("c") + "/openai/moderations"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"hi\"}")).build();
    assertThat(gw.send(small).headers().firstValue("cf-aig-cache-status")).contains("MISS");
    assertThat(gw.send(small).headers().firstValue("cf-aig-cache-status")).contains("HIT");
  }

  /** The stored response_head_complete of the newest entry whose path ends with {@code suffix}. */
  private static String awaitLog(String suffix) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (System.currentTimeMillis() < deadline) {
      try (Database db = Database.open(gw.place().settings())) {
        List<String> found = db.jdbc().query("SELECT response_head_complete FROM logs WHERE path LIKE ? "
            + "ORDER BY created_at DESC", ps -> ps.setString(1, "%" + suffix), rs -> rs.getString(1));
        if (!found.isEmpty()) {
          return found.get(0);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no log entry for " + suffix);
  }

  @Test
  void aBodyLimitOverWhatOneBufferHoldsIsHeldToIt() {
    assertThat(new BodyLimits(Long.MAX_VALUE, 1).maxBodyBytes()).isEqualTo(Integer.MAX_VALUE - 8);
    assertThat(new BodyLimits(2048, 1).maxBodyBytes()).isEqualTo(2048);
  }

  private static void awaitUpstreamRequests(int n) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (mock.received().size() < n && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
  }
}
