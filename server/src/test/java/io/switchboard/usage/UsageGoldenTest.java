package io.switchboard.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden usage per provider format, non-streamed and streamed, each body fed whole, byte by byte and
 * in seeded random splits: every way must give the same Usage. Fixtures: src/test/resources/usage
 * (README.md there names the documentation each one follows).
 */
class UsageGoldenTest {
  private static final String SSE = "text/event-stream";
  private static final String JSON = "application/json";
  private static final String EVENTS = "application/vnd.amazon.eventstream";

  record Case(String fixture, String provider, String path, String requestModel, String contentType, Usage expected) {
    @Override
    public String toString() {
      return fixture;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("openai/chat-cached.json", "openai", "/chat/completions", "gpt-4o", JSON,
            new Usage("gpt-4o-2024-08-06", 2006L, 300L, 1920L, null)),
        new Case("openai/chat-stream-usage.sse", "openai", "/chat/completions", "gpt-4o-mini", SSE,
            new Usage("gpt-4o-mini-2024-07-18", 9L, 2L, 0L, null)),
        new Case("openai/chat-stream-no-usage.sse", "azure-openai", "/chat/completions?api-version=2024-10-21", null, SSE,
            new Usage("gpt-4o-mini-2024-07-18", null, null, null, null)),
        new Case("openai/responses.json", "openai", "/responses", null, JSON,
            new Usage("gpt-4.1-2025-04-14", 36L, 87L, 0L, null)),
        new Case("openai/responses-stream.sse", "openai", "/responses", null, SSE,
            new Usage("gpt-4.1-2025-04-14", 1200L, 37L, 1024L, null)),
        new Case("openai/embeddings.json", "openai", "/embeddings", "text-embedding-3-small", JSON,
            new Usage("text-embedding-3-small", 8L, 0L, null, null)),
        new Case("deepseek/chat.json", "deepseek", "/chat/completions", "deepseek-chat", JSON,
            new Usage("deepseek-chat", 16L, 10L, 0L, null)),
        new Case("deepseek/chat-stream-cache.sse", "deepseek", "/chat/completions", "deepseek-chat", SSE,
            new Usage("deepseek-chat", 1000L, 50L, 960L, null)),
        new Case("groq/chat-stream.sse", "groq", "/chat/completions", null, SSE,
            new Usage("llama-3.3-70b-versatile", 18L, 439L, null, null)),
        new Case("grok/chat-reasoning.json", "grok", "/chat/completions", "grok-4", JSON,
            new Usage("grok-4-0709", 32L, 103L, 6L, null)),
        new Case("mistral/chat-stream.sse", "mistral", "/chat/completions", null, SSE,
            new Usage("mistral-small-latest", 10L, 13L, null, null)),
        new Case("anthropic/message-cache-write.json", "anthropic", "/v1/messages", null, JSON,
            new Usage("claude-sonnet-4-5-20250929", 21L + 188086L, 393L, 0L, 188086L)),
        new Case("anthropic/stream.sse", "anthropic", "/v1/messages", null, SSE,
            new Usage("claude-opus-4-5-20251101", 25L, 15L, null, null)),
        new Case("anthropic/stream-cache-read.sse", "anthropic", "/v1/messages", null, SSE,
            new Usage("claude-haiku-4-5-20251001", 100050L, 200L, 100000L, 0L)),
        new Case("gemini/generate-thoughts.json", "google-ai-studio", "/v1beta/models/gemini-2.5-flash:generateContent",
            null, JSON, new Usage("gemini-2.5-flash", 12L, 133L, null, null)),
        new Case("gemini/generate-cached.json", "google-vertex-ai",
            "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro:generateContent", null, JSON,
            new Usage("gemini-2.5-pro", 70000L, 300L, 65536L, null)),
        new Case("gemini/stream.sse", "google-ai-studio", "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
            null, SSE, new Usage("gemini-2.5-flash", 9L, 34L, null, null)),
        new Case("gemini/stream-array.json", "google-ai-studio", "/v1beta/models/gemini-2.5-flash:streamGenerateContent",
            null, JSON, new Usage("gemini-2.5-flash", 9L, 34L, null, null)),
        new Case("bedrock/converse-cache.json", "aws-bedrock",
            "/bedrock-runtime/us-east-1/model/anthropic.claude-3-5-haiku-20241022-v1:0/converse", null, JSON,
            new Usage("anthropic.claude-3-5-haiku-20241022-v1:0", 1149L, 60L, 1024L, 0L)),
        new Case("bedrock/invoke-anthropic.json", "aws-bedrock",
            "/bedrock-runtime/us-east-1/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke", null, JSON,
            new Usage("anthropic.claude-3-haiku-20240307-v1:0", 12L, 6L, 0L, 0L)),
        new Case("bedrock/converse-stream.events", "aws-bedrock",
            "/bedrock-runtime/us-east-1/model/us.amazon.nova-pro-v1:0/converse-stream", null, EVENTS,
            new Usage("us.amazon.nova-pro-v1:0", 530L, 12L, 500L, 0L)),
        new Case("bedrock/invoke-stream.events", "aws-bedrock",
            "/bedrock-runtime/us-east-1/model/anthropic.claude-3-5-sonnet-20241022-v2:0/invoke-with-response-stream", null,
            EVENTS, new Usage("claude-3-5-sonnet-20241022", 2040L, 9L, 0L, 2000L)),
        new Case("workers-ai/run.json", "workers-ai", "/@cf/meta/llama-3.1-8b-instruct", null, JSON,
            new Usage("@cf/meta/llama-3.1-8b-instruct", 31L, 10L, null, null)),
        new Case("workers-ai/run-stream.sse", "workers-ai", "/@cf/meta/llama-3.3-70b-instruct-fp8-fast", null, SSE,
            new Usage("@cf/meta/llama-3.3-70b-instruct-fp8-fast", 31L, 2L, null, null)),
        new Case("cohere/chat-v2.json", "cohere", "/v2/chat", "command-a-03-2025", JSON,
            new Usage("command-a-03-2025", 17L, 386L, null, null)),
        new Case("cohere/chat-v2-stream.sse", "cohere", "/v2/chat", "command-a-03-2025", SSE,
            new Usage("command-a-03-2025", 3L, 9L, null, null)),
        new Case("cohere/chat-v1-stream.ndjson", "cohere", "/v1/chat", "command-r", "application/stream+json",
            new Usage("command-r", 5L, 2L, null, null)));
  }

  static Stream<Arguments> feeds() {
    return cases().stream().flatMap(c -> Feeds.names().stream().map(how -> Arguments.of(c, how)));
  }

  @ParameterizedTest(name = "{0} fed {1}")
  @MethodSource("feeds")
  void sameUsageHoweverTheBodyIsCut(Case c, String how) {
    UsageExtractor extractor = UsageExtractor.create(c.provider(), c.path(), c.requestModel(), c.contentType());
    assertThat(Feeds.run(extractor, body(c.fixture()), how)).isEqualTo(c.expected());
  }

  static byte[] body(String fixture) {
    byte[] raw = resource(fixture);
    return fixture.endsWith(".events") ? frames(new String(raw, StandardCharsets.UTF_8)) : raw;
  }

  /** One event-stream frame per fixture line ({@code type TAB json}); {@code chunk} payloads are base64-wrapped. */
  private static byte[] frames(String lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String type = line.substring(0, tab);
      String json = line.substring(tab + 1);
      if (type.equals("chunk")) {
        String b64 = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        json = "{\"bytes\":\"" + b64 + "\",\"p\":\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0\"}";
      }
      out.writeBytes(EventStreamEncoder.frame(type, json));
    }
    return out.toByteArray();
  }

  static byte[] resource(String fixture) {
    try (InputStream in = UsageGoldenTest.class.getResourceAsStream("/usage/" + fixture)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
