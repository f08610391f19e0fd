package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockAndStreamClientTest {
  private final Vertx mockVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
  private final Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));

  @AfterEach
  void close() {
    Await.result(clientVertx.close());
    Await.result(mockVertx.close());
  }

  @Test
  void streamsCompleteWithEveryEventTimed() {
    MockOpenAi mock = new MockOpenAi(mockVertx);
    mock.chunkDelayMs(2);
    String url = "http://127.0.0.1:" + mock.start() + "/v1/chat/completions";
    StreamClient.Result r = Await.result(new StreamClient(clientVertx).run(url, 8, 1, 20), 20_000);
    assertThat(r.errors).as(String.valueOf(r.firstError)).isZero();
    assertThat(r.streams).isPositive();
    assertThat(r.ttfb.size()).isEqualTo((int) r.streams);
    assertThat(r.chunkDelay.size()).isEqualTo((int) r.streams * OpenAiBodies.STREAM_EVENTS);
    assertThat(r.chunkDelay.percentileMicros(50)).isPositive();
  }

  @Test
  void nonStreamedAnswerIsACompletion() {
    MockOpenAi mock = new MockOpenAi(mockVertx);
    String url = "http://127.0.0.1:" + mock.start() + "/v1/chat/completions";
    java.util.List<String> notes = new java.util.ArrayList<>();
    Probe.check(new Target("direct", url, null), notes);
    assertThat(notes).isEmpty();
  }

  @Test
  void aResponseDelayHoldsTheCompletionBack() throws Exception {
    MockOpenAi mock = new MockOpenAi(mockVertx);
    mock.responseDelayMs(150);
    String url = "http://127.0.0.1:" + mock.start() + "/v1/chat/completions";
    var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(OpenAiBodies.request(false))).build();
    long start = System.nanoTime();
    var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(OpenAiBodies.completion().toString());
    assertThat(ms).isGreaterThanOrEqualTo(150);
  }

  @Test
  void nginxConfigKeepsUpstreamConnectionsAlive() {
    String conf = Nginx.config(Path.of("/tmp/x"), 8080, 9090);
    assertThat(conf).contains("server 127.0.0.1:9090;", "keepalive 64;", "proxy_http_version 1.1;",
        "proxy_set_header Connection \"\";", "proxy_buffering off;", "listen 127.0.0.1:8080");
  }

  /** Either floor relays the probe, three completions in a row and streams with every event timed. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {Report.NETTY_FLOOR, Report.VERTX_FLOOR})
  void floorsRelayCompletionsAndStreams(String name) throws Exception {
    MockOpenAi mock = new MockOpenAi(mockVertx);
    mock.chunkDelayMs(1);
    int mockPort = mock.start();
    try (Floor floor = name.equals(Report.NETTY_FLOOR) ? NettyFloor.start(0, mockPort)
        : VertxFloor.start(0, mockPort)) {
      relaysCompletionsAndStreams("http://127.0.0.1:" + floor.port() + "/v1/chat/completions");
    }
  }

  @Test
  void theNettyFloorsEventLoopCountsAsTheLoop() {
    assertThat(ProcStat.role(NettyFloor.LOOP_THREAD)).isEqualTo("loop");
  }

  private void relaysCompletionsAndStreams(String url) throws Exception {
    java.util.List<String> notes = new java.util.ArrayList<>();
    Probe.check(new Target("floor", url, null), notes);
    assertThat(notes).isEmpty();

    var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(OpenAiBodies.request(false))).build();
    for (int i = 0; i < 3; i++) {
      var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(OpenAiBodies.completion().toString());
    }

    StreamClient.Result streams = Await.result(new StreamClient(clientVertx).run(url, 4, 1, 10), 20_000);
    assertThat(streams.errors).as(String.valueOf(streams.firstError)).isZero();
    assertThat(streams.streams).isPositive();
    assertThat(streams.chunkDelay.size()).isEqualTo((int) streams.streams * OpenAiBodies.STREAM_EVENTS);
  }
}
