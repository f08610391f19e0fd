package io.switchboard.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor's edges: bad input never throws, memory stays capped, model precedence. */
class UsageExtractorTest {

  private static Buffer text(String s) {
    return Buffer.buffer(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void garbageNeverThrowsAndYieldsNoTokens() {
    Random random = new Random(3);
    for (String type : new String[] {"text/event-stream", "application/json", "application/vnd.amazon.eventstream",
        "application/x-ndjson", null}) {
      UsageExtractor extractor = UsageExtractor.create("openai", "/chat/completions", "gpt-4o", type);
      byte[] noise = new byte[10_000];
      random.nextBytes(noise);
      assertThatCode(() -> {
        extractor.accept(Buffer.buffer(noise));
        extractor.accept(text("data: {not json}\n\ndata: {\"usage\": {\"prompt_tokens\": \"x\"}}\n\n"));
        extractor.accept(null);
      }).doesNotThrowAnyException();
      Usage usage = extractor.finish();
      assertThat(usage.hasTokens()).as(String.valueOf(type)).isFalse();
      assertThat(usage.model()).isEqualTo("gpt-4o");
    }
  }

  @Test
  void modelComesFromTheResponseElseTheRequestElseThePath() {
    String body = "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2}}";
    UsageExtractor fromRequest = UsageExtractor.create("groq", "/chat/completions", "llama-3.1-8b-instant", null);
    fromRequest.accept(text(body));
    assertThat(fromRequest.finish()).isEqualTo(new Usage("llama-3.1-8b-instant", 1L, 2L, null, null));

    UsageExtractor fromPath = UsageExtractor.create("workers-ai", "/@cf/meta/llama-3.2-1b-instruct?x=1", null,
        "application/json");
    fromPath.accept(text("{\"result\":{\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":5}},\"success\":true}"));
    assertThat(fromPath.finish().model()).isEqualTo("@cf/meta/llama-3.2-1b-instruct");

    UsageExtractor fromResponse = UsageExtractor.create("openai", "/chat/completions", "gpt-4o", null);
    fromResponse.accept(text("{\"model\":\"gpt-4o-2024-11-20\"," + body.substring(1)));
    assertThat(fromResponse.finish().model()).isEqualTo("gpt-4o-2024-11-20");
  }

  @Test
  void aBodyOverTheCapIsGivenUp() {
    UsageExtractor extractor = UsageExtractor.create("openai", "/chat/completions", "gpt-4o", "application/json");
    byte[] big = new byte[UsageExtractor.BODY_CAP];
    Arrays.fill(big, (byte) ' ');
    extractor.accept(text("{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2},\"pad\":\""));
    extractor.accept(Buffer.buffer(big));
    extractor.accept(text("\"}"));
    assertThat(extractor.finish().hasTokens()).isFalse();
  }

  @Test
  void anOverlongSseEventIsDroppedButLaterEventsStillCount() {
    UsageExtractor extractor = UsageExtractor.create("openai", "/chat/completions", "gpt-4o", "text/event-stream");
    extractor.accept(text("data: {\"model\":\"gpt-4o\",\"pad\":\""));
    byte[] big = new byte[UsageExtractor.BODY_CAP + 10];
    Arrays.fill(big, (byte) 'a');
    extractor.accept(Buffer.buffer(big));
    extractor.accept(text("\"}\n\ndata: {\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3}}\n\ndata: [DONE]\n\n"));
    assertThat(extractor.finish()).isEqualTo(new Usage("gpt-4o", 7L, 3L, null, null));
  }

  @Test
  void aCorruptEventStreamFrameStopsExtractionQuietly() {
    byte[] good = EventStreamEncoder.frame("metadata", "{\"usage\":{\"inputTokens\":1,\"outputTokens\":2}}");
    byte[] bad = good.clone();
    bad[bad.length - 10] ^= 1;
    UsageExtractor extractor = UsageExtractor.create("aws-bedrock", "/model/m/converse-stream", null,
        "application/vnd.amazon.eventstream");
    extractor.accept(Buffer.buffer(bad));
    extractor.accept(Buffer.buffer(good));
    assertThat(extractor.finish()).isEqualTo(new Usage("m", null, null, null, null));
  }

  @Test
  void aBinaryBodyIsNotKept() {
    UsageExtractor extractor = UsageExtractor.create("openai", "/audio/speech", "tts-1", "audio/mpeg");
    extractor.accept(Buffer.buffer(new byte[] {(byte) 0xff, (byte) 0xfb, 0x10, '{'}));
    extractor.accept(text("{\"usage\":{\"prompt_tokens\":1}}"));
    assertThat(extractor.finish()).isEqualTo(new Usage("tts-1", null, null, null, null));
  }

  @Test
  void manyEventStreamFramesInOneChunkBeyondTheCapAreAllRead() {
    byte[] filler = EventStreamEncoder.frame("contentBlockDelta", "{\"delta\":{\"text\":\"" + "x".repeat(60_000) + "\"}}");
    byte[] last = EventStreamEncoder.frame("metadata", "{\"usage\":{\"inputTokens\":3,\"outputTokens\":4}}");
    Buffer all = Buffer.buffer();
    for (int i = 0; i < 100; i++) {
      all.appendBytes(filler);
    }
    all.appendBytes(last);
    UsageExtractor extractor = UsageExtractor.create("aws-bedrock", "/model/m/converse-stream", null,
        "application/vnd.amazon.eventstream");
    extractor.accept(all);
    assertThat(extractor.finish()).isEqualTo(new Usage("m", 3L, 4L, null, null));
  }

  @Test
  void finishIsIdempotentAndLaterChunksAreIgnored() {
    UsageExtractor extractor = UsageExtractor.create("openai", "/chat/completions", "gpt-4o", "text/event-stream");
    extractor.accept(text("data: {\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}\n\n"));
    Usage first = extractor.finish();
    extractor.accept(text("data: {\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":9}}\n\n"));
    assertThat(extractor.finish()).isSameAs(first);
  }

  @Test
  void sseWithoutTheRightContentTypeIsStillRead() {
    UsageExtractor extractor = UsageExtractor.create("openai", "/chat/completions", "gpt-4o", "text/plain");
    extractor.accept(text("data: {\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6}}\n\ndata: [DONE]\n\n"));
    assertThat(extractor.finish()).isEqualTo(new Usage("gpt-4o", 5L, 6L, null, null));
  }

  @Test
  void openAiCompatibleEndpointsOfOtherProvidersUseTheOpenAiShape() {
    UsageExtractor extractor = UsageExtractor.create("google-ai-studio", "/v1beta/openai/chat/completions", null,
        "application/json");
    extractor.accept(text("{\"model\":\"gemini-2.5-flash\",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4}}"));
    assertThat(extractor.finish()).isEqualTo(new Usage("gemini-2.5-flash", 3L, 4L, null, null));
  }

  @Test
  void vertexAnthropicUsesTheAnthropicShape() {
    UsageExtractor extractor = UsageExtractor.create("google-vertex-ai",
        "/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict", null,
        "application/json");
    extractor.accept(text("{\"type\":\"message\",\"model\":\"claude-sonnet-4-5-20250929\",\"usage\":"
        + "{\"input_tokens\":10,\"cache_read_input_tokens\":90,\"output_tokens\":5}}"));
    assertThat(extractor.finish()).isEqualTo(new Usage("claude-sonnet-4-5-20250929", 100L, 5L, 90L, null));
  }

  @Test
  void bedrockInvocationMetricsCountOnlyWithoutAUsageBlock() {
    UsageExtractor extractor = UsageExtractor.create("aws-bedrock", "/model/meta.llama3-70b-instruct-v1:0/invoke",
        null, "application/json");
    extractor.accept(text("{\"generation\":\"Hi\",\"prompt_token_count\":11,\"generation_token_count\":4,"
        + "\"stop_reason\":\"stop\"}"));
    assertThat(extractor.finish()).isEqualTo(new Usage("meta.llama3-70b-instruct-v1:0", 11L, 4L, null, null));
  }
}
