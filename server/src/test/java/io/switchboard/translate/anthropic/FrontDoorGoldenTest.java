package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scenarios for the Anthropic front door (direction "front-door"): the client speaks Anthropic Messages,
 * the upstream speaks the OpenAI schema.
 */
class FrontDoorGoldenTest {
  static Stream<Path> scenarios() throws IOException {
    return Golden.scenarios("front-door");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void request(Path dir) {
    Path client = dir.resolve("client-request.json");
    if (Files.exists(client)) {
      Golden.assertJson(dir.resolve("upstream-request.json"), AnthropicToOpenAiRequest.convert(Golden.object(client)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void response(Path dir) {
    JsonNode scenario = Golden.scenario(dir);
    Path json = dir.resolve("upstream-response.json");
    Path sse = dir.resolve("upstream-response.sse");
    if (scenario.has("status")) {
      Golden.assertJson(dir.resolve("client-response.json"),
          OpenAiToAnthropicError.convert(scenario.path("status").asInt(), Buffer.buffer(Golden.bytes(json))));
    } else if (Files.exists(sse)) {
      String model = scenario.path("model").asText();
      Golden.assertStream(sse, dir.resolve("client-response.sse"), () -> new OpenAiToAnthropicStream(model));
    } else {
      Golden.assertJson(dir.resolve("client-response.json"), OpenAiToAnthropicResponse.convert(Golden.object(json)));
    }
  }
}
