package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the gateway (what SIGTERM does) lets in-flight requests finish, then refuses new ones. */
class GracefulShutdownTest {
  @Test
  void inFlightRequestsFinishDuringShutdown() throws Exception {
    try (MockUpstream mock = new MockUpstream()) {
      mock.on("/v1/chat/completions", mock.delayed(1000, MockUpstream.json(200, "{\"late\":true}")));
      TestGateway gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1");
      gw.createGateway("g", "");
      URI uri = URI.create(gw.gatewayUrl("g") + "/openai/chat/completions");
      CompletableFuture<HttpResponse<String>> inFlight = gw.client().sendAsync(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      while (mock.received().isEmpty()) {
        Thread.sleep(10);
      }
      long t0 = System.nanoTime();
      gw.close();
      HttpResponse<String> r = inFlight.get(5, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("{\"late\":true}");
      assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(500);
      assertThatThrownBy(() -> gw.client().send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers
          .ofString("{}")).build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
    }
  }
}
