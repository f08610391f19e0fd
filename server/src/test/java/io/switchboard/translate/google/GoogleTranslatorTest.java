package io.switchboard.translate.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import org.junit.jupiter.api.Test;

class GoogleTranslatorTest {
  private static ObjectNode request(String json) {
    return (ObjectNode) Json.parse(json);
  }

  @Test
  void vertexPathCarriesProjectAndRegion() {
    OpenAiToGoogleChatTranslator vertex = new OpenAiToGoogleChatTranslator("my-project", "europe-west4");
    ObjectNode req = request("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}");
    assertThat(vertex.toUpstream(req, "gemini-2.5-pro").path()).isEqualTo(
        "/v1/projects/my-project/locations/europe-west4/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse");
  }

  @Test
  void toolResultWithoutAMatchingCallNamesTheField() {
    ObjectNode req = request("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_9\",\"content\":\"x\"}]}");
    assertThatThrownBy(() -> new OpenAiToGoogleChatTranslator().toUpstream(req, "m"))
        .isInstanceOf(GatewayException.class)
        .hasMessage("messages.1.tool_call_id: does not match a tool call of an earlier assistant message")
        .extracting(e -> ((GatewayException) e).code()).isEqualTo(ErrorCode.BAD_CHAT_FORMAT);
  }

  @Test
  void toolNamesFollowTheLatestAssistantTurnWhenIdsRepeat() {
    ObjectNode req = request("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
        + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_0\",\"function\":{\"name\":\"a\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_0\",\"content\":\"1\"},"
        + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_0\",\"function\":{\"name\":\"b\",\"arguments\":\"{}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_0\",\"content\":\"2\"}]}");
    ObjectNode body = new OpenAiToGoogleChatTranslator().toUpstream(req, "m").body();
    assertThat(body.at("/contents/2/parts/0/functionResponse/name").asText()).isEqualTo("a");
    assertThat(body.at("/contents/4/parts/0/functionResponse/name").asText()).isEqualTo("b");
    assertThat(body.at("/contents/2/parts/0/functionResponse/response/result").asInt()).isEqualTo(1);
  }

  @Test
  void missingMessagesIsABadChatFormat() {
    assertThatThrownBy(() -> new OpenAiToGoogleChatTranslator().toUpstream(request("{}"), "m"))
        .isInstanceOf(GatewayException.class).hasMessageStartingWith("messages: ");
  }
}
