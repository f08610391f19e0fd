package io.switchboard.translate.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.translate.StreamTranslator;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BedrockStreamTest {
  @Test
  void aCorruptFrameBecomesOneErrorEventThenDone() {
    byte[] frame = EventStreamEncoder.frame(Map.of(":event-type", "contentBlockDelta", ":message-type", "event"),
        "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"hi\"}}".getBytes(StandardCharsets.UTF_8));
    frame[frame.length - 1] ^= 1;
    StreamTranslator stream = new OpenAiToBedrockConverseTranslator().newStream("m", false);
    String out = stream.feed(Buffer.buffer(frame)).appendBuffer(stream.feed(Buffer.buffer(frame)))
        .appendBuffer(stream.finish()).toString(StandardCharsets.UTF_8);
    assertThat(out).contains("\"code\":\"malformed_event_stream\"").contains("message CRC mismatch")
        .endsWith("data: [DONE]\n\n");
    assertThat(out.split("\n\n")).hasSize(2);
  }

  @Test
  void aTruncatedStreamEndsWithAnErrorEvent() {
    byte[] frame = EventStreamEncoder.frame(Map.of(":event-type", "messageStop", ":message-type", "event"),
        "{\"stopReason\":\"end_turn\"}".getBytes(StandardCharsets.UTF_8));
    StreamTranslator stream = new OpenAiToBedrockConverseTranslator().newStream("m", false);
    String out = stream.feed(Buffer.buffer(frame).getBuffer(0, 20)).appendBuffer(stream.finish()).toString(StandardCharsets.UTF_8);
    assertThat(out).contains("stream ended inside a frame").endsWith("data: [DONE]\n\n");
  }
}
