package io.switchboard.translate.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.error.GatewayException;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventStreamDecoderTest {
  private static final byte[] FRAME = EventStreamEncoder.frame(
      Map.of(":event-type", "messageStop", ":message-type", "event"), "{\"stopReason\":\"end_turn\"}".getBytes(StandardCharsets.UTF_8));

  @Test
  void decodesFramesSplitAtEveryByte() {
    byte[] two = new byte[FRAME.length * 2];
    System.arraycopy(FRAME, 0, two, 0, FRAME.length);
    System.arraycopy(FRAME, 0, two, FRAME.length, FRAME.length);
    EventStreamDecoder decoder = new EventStreamDecoder();
    List<EventStreamMessage> out = new ArrayList<>();
    for (byte b : two) {
      out.addAll(decoder.feed(Buffer.buffer(new byte[] {b})));
    }
    decoder.finish();
    assertThat(out).hasSize(2);
    assertThat(out.get(0).header(":event-type")).isEqualTo("messageStop");
    assertThat(new String(out.get(1).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"stopReason\":\"end_turn\"}");
  }

  @Test
  void refusesACorruptMessage() {
    byte[] bad = FRAME.clone();
    bad[bad.length - 6] ^= 1;
    assertThatThrownBy(() -> new EventStreamDecoder().feed(Buffer.buffer(bad)))
        .isInstanceOf(GatewayException.class).hasMessageContaining("message CRC");
  }

  @Test
  void refusesACorruptPrelude() {
    byte[] bad = FRAME.clone();
    bad[2] ^= 1;
    assertThatThrownBy(() -> new EventStreamDecoder().feed(Buffer.buffer(bad)))
        .isInstanceOf(GatewayException.class).hasMessageContaining("prelude CRC");
  }

  @Test
  void refusesATruncatedStream() {
    EventStreamDecoder decoder = new EventStreamDecoder();
    assertThat(decoder.feed(Buffer.buffer(FRAME).getBuffer(0, FRAME.length - 1))).isEmpty();
    assertThatThrownBy(decoder::finish).isInstanceOf(GatewayException.class).hasMessageContaining("inside a frame");
  }
}
