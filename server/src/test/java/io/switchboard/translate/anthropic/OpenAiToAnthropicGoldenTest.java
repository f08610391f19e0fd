package io.switchboard.translate.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.translate.UpstreamRequest;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden scenarios for an OpenAI client calling an Anthropic model (direction "provider" in scenario.json). */
class OpenAiToAnthropicGoldenTest {
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1767225600), ZoneOffset.UTC);
  private final OpenAiToAnthropicChatTranslator translator = new OpenAiToAnthropicChatTranslator(CLOCK);

  static Stream<Path> scenarios() throws IOException {
    return Golden.scenarios("provider");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void request(Path dir) {
    Path client = dir.resolve("client-request.json");
    if (!Files.exists(client)) {
      return;
    }
    JsonNode scenario = Golden.scenario(dir);
    UpstreamRequest upstream = translator.toUpstream(Golden.object(client), scenario.path("model").asText());
    assertThat(upstream.path()).isEqualTo("/v1/messages");
    assertThat(upstream.headers()).isEqualTo(Map.of("anthropic-version", "2023-06-01"));
    assertThat(upstream.stream()).isEqualTo(Golden.object(client).path("stream").asBoolean(false));
    Golden.assertJson(dir.resolve("upstream-request.json"), upstream.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void response(Path dir) {
    JsonNode scenario = Golden.scenario(dir);
    String model = scenario.path("model").asText();
    Path json = dir.resolve("upstream-response.json");
    Path sse = dir.resolve("upstream-response.sse");
    if (scenario.has("status")) {
      Path body = Files.exists(json) ? json : dir.resolve("upstream-response.html");
      int status = scenario.path("status").asInt();
      Golden.assertJson(dir.resolve("client-response.json"),
          translator.toOpenAiError(status, Buffer.buffer(Golden.bytes(body))));
    } else if (Files.exists(sse)) {
      boolean usage = scenario.path("include_usage").asBoolean(false);
      Golden.assertStream(sse, dir.resolve("client-response.sse"), () -> translator.newStream(model, usage));
    } else {
      Golden.assertJson(dir.resolve("client-response.json"), translator.toOpenAi(Golden.object(json), model));
    }
  }
}
