package io.switchboard.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SseParser: line endings, field rules and splits anywhere, including inside UTF-8 characters. */
class SseParserSplitTest {
  private static List<SseEvent> parse(String text, int... cuts) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    SseParser parser = new SseParser();
    List<SseEvent> events = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      events.addAll(parser.feed(Buffer.buffer(java.util.Arrays.copyOfRange(bytes, from, cut))));
      from = cut;
    }
    events.addAll(parser.feed(Buffer.buffer(java.util.Arrays.copyOfRange(bytes, from, bytes.length))));
    events.addAll(parser.finish());
    return events;
  }

  @Test
  void namedAndUnnamedEvents() {
    assertThat(parse("event: ping\ndata: {\"type\":\"ping\"}\n\ndata: [DONE]\n\n")).containsExactly(
        new SseEvent("ping", "{\"type\":\"ping\"}"), new SseEvent(null, "[DONE]"));
  }

  @Test
  void lineEndingsCrLfAndLoneCr() {
    List<SseEvent> expected = List.of(new SseEvent("a", "1"), new SseEvent("b", "2"));
    assertThat(parse("event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\r")).isEqualTo(expected);
    assertThat(parse("event: a\r\ndata: 1\r\n\r\nevent: b\r\ndata: 2\r\n\r\n", 10, 19, 20)).isEqualTo(expected);
  }

  @Test
  void crAndLfInDifferentChunksAreOneLineEnd() {
    String text = "data: x\r\n\r\ndata: y\r\n\r\n";
    for (int cut = 1; cut < text.length(); cut++) {
      assertThat(parse(text, cut)).as("cut at " + cut)
          .containsExactly(new SseEvent(null, "x"), new SseEvent(null, "y"));
    }
  }

  @Test
  void multiLineDataCommentsAndOtherFields() {
    String text = ": comment\nid: 7\nretry: 100\ndata: first\ndata:second\ndata\nunknown: z\n\n";
    assertThat(parse(text)).containsExactly(new SseEvent(null, "first\nsecond\n"));
  }

  @Test
  void blankLinesWithoutDataDispatchNothingAndResetTheName() {
    assertThat(parse("event: lost\n\n\n\ndata: kept\n\n")).containsExactly(new SseEvent(null, "kept"));
  }

  @Test
  void onlyOneLeadingSpaceIsDropped() {
    assertThat(parse("data:  two spaces\n\n")).containsExactly(new SseEvent(null, " two spaces"));
  }

  @Test
  void finishDispatchesAnUnterminatedEvent() {
    assertThat(parse("event: last\ndata: tail")).containsExactly(new SseEvent("last", "tail"));
  }

  @Test
  void multiByteCharactersSplitAnywhere() {
    String text = "data: Bogotá ☃ 😀\n\nevent: é\ndata: ü\n\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<SseEvent> expected = List.of(new SseEvent(null, "Bogotá ☃ 😀"), new SseEvent("é", "ü"));
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      SseParser parser = new SseParser();
      List<SseEvent> events = new ArrayList<>();
      int at = 0;
      while (at < bytes.length) {
        int size = Math.min(bytes.length - at, 1 + random.nextInt(5));
        events.addAll(parser.feed(Buffer.buffer(java.util.Arrays.copyOfRange(bytes, at, at + size))));
        at += size;
      }
      events.addAll(parser.finish());
      assertThat(events).isEqualTo(expected);
    }
  }
}
