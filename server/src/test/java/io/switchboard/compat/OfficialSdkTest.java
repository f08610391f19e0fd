package io.switchboard.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official OpenAI and Anthropic Java SDKs as clients of /compat, against mock upstreams serving the
 * providers' documented examples: every response parses, with the right content, tool calls and usage.
 */
class OfficialSdkTest {
  static MockUpstream mock;
  static TestGateway gw;
  static OpenAIClient openAi;
  static AnthropicClient anthropic;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1", "--upstream", "anthropic=" + mock.base());
    gw.createGateway("sdk", "");
    String base = gw.gatewayUrl("sdk") + "/compat";
    openAi = OpenAIOkHttpClient.builder().apiKey("sk-provider-key").baseUrl(base).maxRetries(0).build();
    anthropic = AnthropicOkHttpClient.builder().apiKey("sk-provider-key").baseUrl(base).maxRetries(0).build();
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  static MockUpstream.Reply sse(String golden) {
    String body = CompatTest.golden(golden);
    return (req, b, resp, n) -> resp.putHeader("content-type", "text/event-stream").end(body);
  }

  @Test
  void openAiSdkChatsWithClaude() {
    mock.on("/v1/messages", MockUpstream.json(200, CompatTest.golden("anthropic/chat-basic/upstream-response.json")));
    ChatCompletion c = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
        .model("anthropic/claude-sonnet-4-5").addUserMessage("Hello").build());
    assertThat(c.choices().get(0).message().content()).contains("Hello! How can I assist you today?");
    assertThat(c.usage().orElseThrow().promptTokens()).isEqualTo(12);
  }

  @Test
  void openAiSdkStreamsClaudeToolCallsAndUsage() {
    mock.on("/v1/messages", sse("anthropic/stream-tools/upstream-response.sse"));
    StringBuilder text = new StringBuilder();
    StringBuilder args = new StringBuilder();
    List<String> names = new ArrayList<>();
    long[] completionTokens = {-1};
    try (var stream = openAi.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
        .model("anthropic/claude-sonnet-4-5").addUserMessage("What's the weather in San Francisco?")
        .streamOptions(com.openai.models.chat.completions.ChatCompletionStreamOptions.builder().includeUsage(true)
            .build()).build())) {
      stream.stream().forEach((ChatCompletionChunk chunk) -> {
        chunk.usage().ifPresent(u -> completionTokens[0] = u.completionTokens());
        for (ChatCompletionChunk.Choice choice : chunk.choices()) {
          choice.delta().content().ifPresent(text::append);
          choice.delta().toolCalls().ifPresent(calls -> calls.forEach(call -> call.function().ifPresent(f -> {
            f.name().ifPresent(names::add);
            f.arguments().ifPresent(args::append);
          })));
        }
      });
    }
    assertThat(text.toString()).startsWith("Okay");
    assertThat(names).contains("get_weather").doesNotHaveDuplicates();
    assertThat(args.toString()).contains("San Francisco");
    assertThat(completionTokens[0]).isPositive();
  }

  @Test
  void openAiSdkEmbeddingsWithItsBase64Default() {
    mock.on("/v1/embeddings", MockUpstream.json(200, "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\","
        + "\"index\":0,\"embedding\":\"AACAPwAAAD8=\"}],\"model\":\"text-embedding-3-small\",\"usage\":"
        + "{\"prompt_tokens\":2,\"total_tokens\":2}}"));
    CreateEmbeddingResponse e = openAi.embeddings().create(EmbeddingCreateParams.builder()
        .model("openai/text-embedding-3-small").input("hello").build());
    assertThat(e.data().get(0).embedding()).containsExactly(1.0f, 0.5f);
  }

  @Test
  void anthropicSdkTalksToOpenAiThroughTheFrontDoor() {
    mock.on("/v1/chat/completions", MockUpstream.json(200, CompatTest.golden(
        "anthropic/front-door-tools/upstream-response.json")));
    Message m = anthropic.messages().create(MessageCreateParams.builder().model("openai/gpt-4o").maxTokens(256)
        .addUserMessage("What's the weather?").build());
    assertThat(m.content()).isNotEmpty();
    assertThat(m.content().stream().anyMatch(b -> b.isToolUse())).isTrue();
    assertThat(m.usage().inputTokens()).isPositive();
    assertThat(mock.received().get(mock.received().size() - 1).headers().get("authorization"))
        .isEqualTo("Bearer sk-provider-key");
  }

  @Test
  void anthropicSdkStreamsOpenAiToolCallsThroughTheFrontDoor() {
    mock.on("/v1/chat/completions", sse("anthropic/front-door-stream-tools/upstream-response.sse"));
    StringBuilder json = new StringBuilder();
    List<String> tools = new ArrayList<>();
    boolean[] stopped = {false};
    try (StreamResponse<RawMessageStreamEvent> stream = anthropic.messages().createStreaming(
        MessageCreateParams.builder().model("openai/gpt-4o").maxTokens(256).addUserMessage("Weather?").build())) {
      stream.stream().forEach(event -> {
        event.contentBlockStart().ifPresent(s -> s.contentBlock().toolUse().ifPresent(t -> tools.add(t.name())));
        event.contentBlockDelta().ifPresent(d -> d.delta().inputJson().ifPresent(j -> json.append(j.partialJson())));
        event.messageStop().ifPresent(s -> stopped[0] = true);
      });
    }
    assertThat(tools).isNotEmpty();
    assertThat(json.toString()).startsWith("{");
    assertThat(stopped[0]).isTrue();
  }
}
