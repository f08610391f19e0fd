package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class SseScannerTest {
  @Test
  void countsEventsAcrossBufferBoundariesAndMeasuresDelay() {
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < OpenAiBodies.STREAM_EVENTS; i++) {
      stream.append(OpenAiBodies.event(i, 1_000 + i));
    }
    stream.append(OpenAiBodies.DONE);
    SseScanner scanner = new SseScanner();
    Samples delays = new Samples();
    String all = stream.toString();
    for (int at = 0; at < all.length(); at += 7) {
      scanner.feed(Buffer.buffer(all.substring(at, Math.min(all.length(), at + 7))), 5_000, delays);
    }
    assertThat(scanner.events()).isEqualTo(OpenAiBodies.STREAM_EVENTS);
    assertThat(scanner.done()).isTrue();
    assertThat(delays.size()).isEqualTo(OpenAiBodies.STREAM_EVENTS);
    assertThat(delays.percentileMicros(100)).isEqualTo(4.0);
  }

  @Test
  void eventsAreJsonWithUsageLast() {
    String last = OpenAiBodies.event(OpenAiBodies.STREAM_EVENTS - 1, 1).toString();
    assertThat(last).startsWith("data: {").endsWith("}\n\n").contains("\"choices\":[]", "\"total_tokens\":36");
    assertThat(OpenAiBodies.event(0, 1).toString()).contains("\"role\":\"assistant\"");
    assertThat(OpenAiBodies.event(18, 1).toString()).contains("\"finish_reason\":\"stop\"");
    assertThat(MockOpenAi.isStream(Buffer.buffer(OpenAiBodies.request(true)))).isTrue();
    assertThat(MockOpenAi.isStream(Buffer.buffer(OpenAiBodies.request(false)))).isFalse();
  }
}
