package io.switchboard.translate.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.translate.SseEvent;
import io.switchboard.translate.StreamTranslator;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream situations beyond the golden scenarios: errors mid-stream and streams cut short. */
class StreamEdgeTest {
  private static final String START = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":"
      + "{\"id\":\"msg_1\",\"model\":\"claude-x\",\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}\n\n";

  private static List<SseEvent> run(StreamTranslator translator, String input) {
    return Golden.events(Golden.run(translator, List.of(input.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
  }

  @Test
  void anthropicErrorEventBecomesAnOpenAiErrorThenDone() {
    String input = START + "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
        + "\"message\":\"Overloaded\"}}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    List<SseEvent> events = run(new AnthropicStreamToOpenAi("m", 1, true), input);
    assertThat(events).hasSize(3);
    assertThat(events.get(1).data()).contains("\"type\":\"server_error\"").contains("\"code\":\"overloaded\"");
    assertThat(events.get(2).data()).isEqualTo("[DONE]");
  }

  @Test
  void truncatedAnthropicStreamStillEndsWithUsageAndDone() {
    List<SseEvent> events = run(new AnthropicStreamToOpenAi("m", 1, true), START);
    assertThat(events.get(events.size() - 2).data()).contains("\"prompt_tokens\":5");
    assertThat(events.get(events.size() - 1).data()).isEqualTo("[DONE]");
  }

  @Test
  void finishWithoutInputStillClosesTheAnthropicMessage() {
    OpenAiToAnthropicStream stream = new OpenAiToAnthropicStream("gpt-x");
    assertThat(stream.feed(Buffer.buffer("data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"))
        .toString()).contains("message_start").contains("text_delta");
    List<SseEvent> tail = Golden.events(stream.finish().toString());
    assertThat(tail).extracting(SseEvent::event)
        .containsExactly("content_block_stop", "message_delta", "message_stop");
  }

  @Test
  void openAiErrorInStreamBecomesAnAnthropicErrorEvent() {
    List<SseEvent> events = run(new OpenAiToAnthropicStream("gpt-x"),
        "data: {\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}\n\ndata: [DONE]\n\n");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).event()).isEqualTo("error");
    assertThat(events.get(0).data()).contains("\"message\":\"boom\"");
  }

  @Test
  void wholeToolCallInOneChunkSurvives() {
    String chunk = "data: {\"id\":\"c\",\"model\":\"g\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,"
        + "\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"}}]},"
        + "\"finish_reason\":\"tool_calls\"}]}\n\ndata: [DONE]\n\n";
    List<SseEvent> events = run(new OpenAiToAnthropicStream("g"), chunk);
    assertThat(events).extracting(SseEvent::event).containsExactly("message_start", "content_block_start",
        "content_block_delta", "content_block_stop", "message_delta", "message_stop");
    assertThat(events.get(2).data()).contains("\"partial_json\":\"{\\\"a\\\":1}\"");
    assertThat(events.get(4).data()).contains("\"stop_reason\":\"tool_use\"");
  }
}
