package io.switchboard.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {
  private static List<SseEvent> parseBytewise(String text) {
    SseParser parser = new SseParser();
    List<SseEvent> out = new ArrayList<>();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.addAll(parser.feed(Buffer.buffer(new byte[] {b})));
    }
    out.addAll(parser.finish());
    return out;
  }

  @Test
  void handlesLineEndingsCommentsAndMultiLineData() {
    String text = ": keep-alive\r\nevent: message-start\r\ndata: {\"a\":1}\r\n\r\n"
        + "data: line one\ndata:line two\n\n"
        + "data: cr only\r\r"
        + "id: 7\nretry: 10\n\n";
    assertThat(parseBytewise(text)).containsExactly(
        new SseEvent("message-start", "{\"a\":1}"),
        new SseEvent(null, "line one\nline two"),
        new SseEvent(null, "cr only"));
  }

  @Test
  void keepsMultiByteCharactersSplitAcrossChunks() {
    assertThat(parseBytewise("data: café ☕ 👋\n\n")).containsExactly(new SseEvent(null, "café ☕ 👋"));
  }

  @Test
  void finishDispatchesALastEventWithoutItsBlankLine() {
    SseParser parser = new SseParser();
    assertThat(parser.feed(Buffer.buffer("data: [DONE]"))).isEmpty();
    assertThat(parser.finish()).containsExactly(new SseEvent(null, "[DONE]"));
  }

  @Test
  void eventNameDoesNotLeakIntoTheNextEvent() {
    assertThat(parseBytewise("event: x\ndata: 1\n\ndata: 2\n\n"))
        .containsExactly(new SseEvent("x", "1"), new SseEvent(null, "2"));
  }
}
