package io.switchboard.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderOverrideTest {
  static final String ACCOUNT = ProviderTableTest.ACCOUNT;
  static final String MOCK = "http://127.0.0.1:9000";

  @ParameterizedTest(name = "{0}{1} -> {2}")
  @CsvSource({
      // plain and versioned: the override replaces the whole base
      "openai, /chat/completions, http://127.0.0.1:9000/chat/completions",
      "openai, /v1/chat/completions, http://127.0.0.1:9000/v1/chat/completions",
      "anthropic, /v1/messages, http://127.0.0.1:9000/v1/messages",
      "groq, /chat/completions, http://127.0.0.1:9000/chat/completions",
      "fal, /fal-ai/x, http://127.0.0.1:9000/fal-ai/x",
      "elevenlabs, /v1/text-to-speech/v, http://127.0.0.1:9000/v1/text-to-speech/v",
      // templated: the override replaces the origin, the template's path stays
      "aws-bedrock, /bedrock-runtime/us-east-1/model/x/invoke, http://127.0.0.1:9000/model/x/invoke",
      "azure-openai, /res/dep/chat/completions, http://127.0.0.1:9000/openai/deployments/dep/chat/completions",
      "google-vertex-ai, /v1/projects/p/locations/europe-west4/x, http://127.0.0.1:9000/v1/projects/p/locations/europe-west4/x",
      "workers-ai, /@cf/meta/m, http://127.0.0.1:9000/client/v4/accounts/" + ACCOUNT + "/ai/run/@cf/meta/m",
      "huggingface, /gpt2, http://127.0.0.1:9000/models/gpt2",
      "baseten, /model/abc, http://127.0.0.1:9000/production/predict",
      "baseten, /chat/completions, http://127.0.0.1:9000/v1/chat/completions"})
  void overrideReplacesBaseOrOrigin(String slug, String rest, String url) {
    ProviderTable table = new ProviderTable(ACCOUNT, Map.of(slug, MOCK + "/"), null);
    UpstreamTarget t = table.resolve(slug, rest, null, MultiMap.caseInsensitiveMultiMap());
    assertThat(t.url()).isEqualTo(url);
    assertThat(t.ssl()).isFalse();
    assertThat(t.host()).isEqualTo("127.0.0.1");
    assertThat(t.port()).isEqualTo(9000);
  }

  @ParameterizedTest(name = "{0}: {1}{2}")
  @CsvSource({
      "http://localhost:8000/v1, /chat/completions, http://localhost:8000/v1/chat/completions",
      "http://localhost:8000/v1, /v1/chat/completions, http://localhost:8000/v1/chat/completions",
      "https://llm.internal, /v1/models, https://llm.internal/v1/models",
      "http://my_llm:8080/v1, /chat/completions, http://my_llm:8080/v1/chat/completions"})
  void openAiOverrideWithVersionKeepsDedupe(String override, String rest, String url) {
    ProviderTable table = new ProviderTable(ACCOUNT, Map.of("openai", override), null);
    assertThat(table.resolve("openai", rest, "q=1", null).url()).isEqualTo(url + "?q=1");
  }

  @ParameterizedTest(name = "unrelated slug keeps its default: {0}")
  @CsvSource({"anthropic", "grok"})
  void overrideOnlyAffectsItsSlug(String slug) {
    ProviderTable table = new ProviderTable(ACCOUNT, Map.of("openai", MOCK), null);
    assertThat(table.resolve(slug, "/v1/x", null, null).ssl()).isTrue();
  }
}
