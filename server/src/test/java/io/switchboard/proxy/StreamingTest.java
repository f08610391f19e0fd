package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streams are relayed chunk by chunk as they arrive, and a client that leaves cancels the upstream. */
class StreamingTest {
  static MockUpstream mock;
  static TestGateway gw;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1");
    gw.createGateway("stream", "");
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  static List<String> events(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
          + "\"delta\":{\"content\":\"t" + i + "\"}}]}");
    }
    out.add("[DONE]");
    return out;
  }

  @Test
  void clientReceivesChunksBeforeTheUpstreamFinishes() throws Exception {
    CompletableFuture<Void> release = new CompletableFuture<>();
    List<String> events = events(5);
    mock.on("/v1/chat/completions", mock.ssePausing(events, 2, release, null));
    HttpResponse<InputStream> r = gw.client().send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("stream")
        + "/openai/chat/completions")).POST(HttpRequest.BodyPublishers.ofString("{\"stream\":true}")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).contains("text/event-stream");
    BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
    assertThat(in.readLine()).isEqualTo("data: " + events.get(0));
    assertThat(in.readLine()).isEmpty();
    assertThat(in.readLine()).isEqualTo("data: " + events.get(1));
    assertThat(release).isNotDone();
    release.complete(null);
    List<String> rest = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isEmpty()) {
        rest.add(line);
      }
    }
    assertThat(rest).containsExactly("data: " + events.get(2), "data: " + events.get(3), "data: " + events.get(4),
        "data: [DONE]");
  }

  @Test
  void aClientThatDisconnectsCancelsTheUpstreamRequest() throws Exception {
    CompletableFuture<Void> never = new CompletableFuture<>();
    CompletableFuture<Void> upstreamClosed = new CompletableFuture<>();
    mock.on("/v1/chat/completions", mock.ssePausing(events(3), 1, never, resp -> upstreamClosed.complete(null)));
    HttpResponse<InputStream> r = gw.client().send(HttpRequest.newBuilder(URI.create(gw.gatewayUrl("stream")
        + "/openai/chat/completions")).POST(HttpRequest.BodyPublishers.ofString("{\"stream\":true}")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    InputStream body = r.body();
    assertThat(body.read()).isEqualTo('d');
    body.close();
    upstreamClosed.get(5, TimeUnit.SECONDS);
    assertThat(upstreamClosed).isDone();
  }
}
