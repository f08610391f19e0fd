package io.switchboard.translate.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import org.junit.jupiter.api.Test;

/** Request mappings and rejections not covered by the golden scenarios. */
class OpenAiToAnthropicRequestTest {
  private final OpenAiToAnthropicChatTranslator translator = new OpenAiToAnthropicChatTranslator();

  private static ObjectNode request(String extra) {
    return (ObjectNode) Json.parse("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]" + extra + "}");
  }

  private JsonNode body(String extra) {
    return translator.toUpstream(request(extra), "claude-x").body();
  }

  private GatewayException failure(String json) {
    try {
      translator.toUpstream((ObjectNode) Json.parse(json), "claude-x");
    } catch (GatewayException e) {
      return e;
    }
    throw new AssertionError("expected a failure for " + json);
  }

  @Test
  void defaultsAndDrops() {
    JsonNode body = body(",\"seed\":1,\"logprobs\":true,\"presence_penalty\":1,\"n\":1,\"temperature\":1.7");
    assertThat(body.get("max_tokens").asInt()).isEqualTo(AnthropicRequest.DEFAULT_MAX_TOKENS);
    assertThat(body.get("temperature").asDouble()).isEqualTo(1.0);
    assertThat(body.has("seed")).isFalse();
    assertThat(body.has("stream")).isFalse();
  }

  @Test
  void reasoningEffortBudgets() {
    assertThat(body(",\"reasoning_effort\":\"low\"").get("thinking").get("budget_tokens").asInt()).isEqualTo(1024);
    assertThat(body(",\"reasoning_effort\":\"high\"").get("max_tokens").asInt()).isEqualTo(4096 + 16384);
    JsonNode clamped = body(",\"reasoning_effort\":\"high\",\"max_tokens\":3000");
    assertThat(clamped.get("max_tokens").asInt()).isEqualTo(3000);
    assertThat(clamped.get("thinking").get("budget_tokens").asInt()).isEqualTo(2999);
    assertThat(body(",\"reasoning_effort\":\"minimal\"").has("thinking")).isFalse();
  }

  @Test
  void namedToolChoiceAndNoParallelCalls() {
    String tools = ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],\"parallel_tool_calls\":false";
    JsonNode named = body(tools + ",\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"f\"}}");
    assertThat(named.get("tool_choice")).isEqualTo(Json.parse(
        "{\"type\":\"tool\",\"name\":\"f\",\"disable_parallel_tool_use\":true}"));
    assertThat(named.get("tools").get(0).get("input_schema")).isEqualTo(Json.parse(
        "{\"type\":\"object\",\"properties\":{}}"));
    assertThat(body(tools).get("tool_choice")).isEqualTo(Json.parse(
        "{\"type\":\"auto\",\"disable_parallel_tool_use\":true}"));
    assertThat(body(",\"tool_choice\":\"none\"").has("tool_choice")).isFalse();
  }

  @Test
  void jsonObjectModeAddsTheInstruction() {
    assertThat(body(",\"response_format\":{\"type\":\"json_object\"}").get("system").asText())
        .isEqualTo(ResponseFormat.JSON_ONLY);
  }

  @Test
  void pdfFilePartBecomesADocument() {
    JsonNode body = translator.toUpstream((ObjectNode) Json.parse("{\"messages\":[{\"role\":\"user\",\"content\":"
        + "[{\"type\":\"file\",\"file\":{\"file_data\":\"data:application/pdf;base64,JVBE\"}}]}]}"), "m").body();
    assertThat(body.at("/messages/0/content/0")).isEqualTo(Json.parse(
        "{\"type\":\"document\",\"source\":{\"type\":\"base64\",\"media_type\":\"application/pdf\",\"data\":\"JVBE\"}}"));
  }

  @Test
  void badFieldsAreNamed() {
    assertThat(failure("{\"messages\":[]}").getMessage()).startsWith("messages:");
    GatewayException part = failure("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}");
    assertThat(part.code()).isEqualTo(ErrorCode.BAD_CHAT_FORMAT);
    assertThat(part.fieldErrors().get(0).path()).containsExactly("messages", "0", "content", "0", "type");
    assertThat(failure("{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"a\",\"type\":\"function\","
        + "\"function\":{\"name\":\"f\",\"arguments\":\"{oops\"}}]}]}").getMessage())
        .startsWith("messages.0.tool_calls.0.function.arguments:");
    assertThat(failure("{\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}").getMessage())
        .startsWith("messages.0.tool_call_id:");
    assertThat(failure("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":"
        + "{\"url\":\"data:image/png,abc\"}}]}]}").getMessage()).startsWith("messages.0.content.0.image_url.url:");
  }

  @Test
  void unsupportedValuesAreValidationErrors() {
    GatewayException n = failure("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"n\":2}");
    assertThat(n.code()).isEqualTo(ErrorCode.VALIDATION);
    assertThat(n.getMessage()).startsWith("n:");
    assertThat(failure("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"max_tokens\":0}").getMessage())
        .startsWith("max_tokens:");
    assertThat(failure("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"reasoning_effort\":\"max\"}")
        .getMessage()).startsWith("reasoning_effort:");
    assertThatThrownBy(() -> body(",\"reasoning_effort\":\"low\",\"max_tokens\":1000"))
        .hasMessageStartingWith("max_tokens:");
  }
}
