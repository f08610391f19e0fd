package io.switchboard.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProviderTableTest {
  static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
  private final ProviderTable table = new ProviderTable(ACCOUNT, Map.of(), null);

  static Stream<Arguments> rows() {
    return Stream.of(
        row("openai", "/chat/completions", "https://api.openai.com/v1/chat/completions", "authorization"),
        row("openai", "/v1/chat/completions", "https://api.openai.com/v1/chat/completions", "authorization"),
        row("openai", "/responses", "https://api.openai.com/v1/responses", "authorization"),
        row("anthropic", "/v1/messages", "https://api.anthropic.com/v1/messages", "x-api-key"),
        row("azure-openai", "/my-res/gpt4o/chat/completions",
            "https://my-res.openai.azure.com/openai/deployments/gpt4o/chat/completions", "api-key"),
        row("aws-bedrock", "/bedrock-runtime/us-east-1/model/amazon.nova-lite-v1:0/invoke",
            "https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.nova-lite-v1:0/invoke", "authorization"),
        row("aws-bedrock", "/bedrock-mantle/us-west-2/anthropic/v1/messages",
            "https://bedrock-mantle.us-west-2.api.aws/anthropic/v1/messages", "authorization"),
        row("google-ai-studio", "/v1beta/models/gemini-2.5-flash:generateContent",
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
            "x-goog-api-key"),
        row("google-vertex-ai", "/v1/projects/p1/locations/us-central1/publishers/google/models/g:generateContent",
            "https://us-central1-aiplatform.googleapis.com/v1/projects/p1/locations/us-central1/publishers/google"
                + "/models/g:generateContent", "authorization"),
        row("google-vertex-ai", "/v1/projects/p1/locations/global/publishers/google/models/g:generateContent",
            "https://aiplatform.googleapis.com/v1/projects/p1/locations/global/publishers/google/models/g:generateContent",
            "authorization"),
        row("workers-ai", "/@cf/meta/llama-3.1-8b-instruct",
            "https://api.cloudflare.com/client/v4/accounts/" + ACCOUNT + "/ai/run/@cf/meta/llama-3.1-8b-instruct",
            "authorization"),
        row("workers-ai", "/v1/chat/completions",
            "https://api.cloudflare.com/client/v4/accounts/" + ACCOUNT + "/ai/v1/chat/completions", "authorization"),
        row("groq", "/chat/completions", "https://api.groq.com/openai/v1/chat/completions", "authorization"),
        row("groq", "/v1/chat/completions", "https://api.groq.com/openai/v1/chat/completions", "authorization"),
        row("mistral", "/v1/chat/completions", "https://api.mistral.ai/v1/chat/completions", "authorization"),
        row("mistral", "/chat/completions", "https://api.mistral.ai/v1/chat/completions", "authorization"),
        row("cohere", "/v1/chat", "https://api.cohere.ai/v1/chat", "authorization"),
        row("cohere", "/v2/chat", "https://api.cohere.ai/v2/chat", "authorization"),
        row("cohere", "/chat", "https://api.cohere.ai/v1/chat", "authorization"),
        row("deepseek", "/chat/completions", "https://api.deepseek.com/chat/completions", "authorization"),
        row("grok", "/v1/chat/completions", "https://api.x.ai/v1/chat/completions", "authorization"),
        row("grok", "/chat/completions", "https://api.x.ai/v1/chat/completions", "authorization"),
        row("perplexity-ai", "/chat/completions", "https://api.perplexity.ai/chat/completions", "authorization"),
        row("replicate", "/predictions", "https://api.replicate.com/v1/predictions", "authorization"),
        row("replicate", "/v1/predictions", "https://api.replicate.com/v1/predictions", "authorization"),
        row("huggingface", "/bigcode/starcoder", "https://api-inference.huggingface.co/models/bigcode/starcoder",
            "authorization"),
        row("openrouter", "/v1/chat/completions", "https://openrouter.ai/api/v1/chat/completions", "authorization"),
        row("openrouter", "/chat/completions", "https://openrouter.ai/api/v1/chat/completions", "authorization"),
        row("cerebras", "/chat/completions", "https://api.cerebras.ai/v1/chat/completions", "authorization"),
        row("cerebras", "/v1/chat/completions", "https://api.cerebras.ai/v1/chat/completions", "authorization"),
        row("cartesia", "/tts/bytes", "https://api.cartesia.ai/tts/bytes", "x-api-key"),
        row("elevenlabs", "/v1/text-to-speech/JBFq", "https://api.elevenlabs.io/v1/text-to-speech/JBFq", "xi-api-key"),
        row("fal", "/fal-ai/fast-sdxl", "https://fal.run/fal-ai/fast-sdxl", "authorization"),
        row("ideogram", "/v1/ideogram-v3/generate", "https://api.ideogram.ai/v1/ideogram-v3/generate", "api-key"),
        row("deepgram", "/v1/listen", "https://api.deepgram.com/v1/listen", "authorization"),
        row("baseten", "/model/abcd1234", "https://model-abcd1234.api.baseten.co/production/predict",
            "authorization"),
        row("baseten", "/model/abcd1234/environments/staging/predict",
            "https://model-abcd1234.api.baseten.co/environments/staging/predict", "authorization"),
        row("baseten", "/v1/chat/completions", "https://inference.baseten.co/v1/chat/completions", "authorization"),
        row("baseten", "/chat/completions", "https://inference.baseten.co/v1/chat/completions", "authorization"),
        row("parallel", "/v1/tasks/runs", "https://api.parallel.ai/v1/tasks/runs", "x-api-key"),
        row("parallel", "/v1beta/search", "https://api.parallel.ai/v1beta/search", "x-api-key"));
  }

  private static Arguments row(String slug, String rest, String url, String credentialHeader) {
    return Arguments.of(slug, rest, url, credentialHeader);
  }

  @ParameterizedTest(name = "{0}{1} -> {2}")
  @MethodSource("rows")
  void mapsSlugToUpstreamAndCredentialHeader(String slug, String rest, String url, String credentialHeader) {
    UpstreamTarget t = table.resolve(slug, rest, null, MultiMap.caseInsensitiveMultiMap());
    assertThat(t.url()).isEqualTo(url);
    assertThat(t.provider()).isEqualTo(slug);
    assertThat(t.ssl()).isTrue();
    assertThat(t.port()).isEqualTo(443);
    assertThat(table.spec(slug).credentialHeader()).isEqualTo(credentialHeader);
  }

  @Test
  void everySlugOfTheSpecIsBuiltInAndHasARow() {
    List<String> slugs = table.builtIn().stream().map(ProviderSpec::slug).toList();
    assertThat(slugs).containsExactlyInAnyOrder("openai", "anthropic", "azure-openai", "aws-bedrock",
        "google-ai-studio", "google-vertex-ai", "workers-ai", "groq", "mistral", "cohere", "deepseek", "grok",
        "perplexity-ai", "replicate", "huggingface", "openrouter", "cerebras", "cartesia", "elevenlabs", "fal",
        "ideogram", "deepgram", "baseten", "parallel");
    assertThat(ProviderCatalog.SLUGS).isEqualTo(slugs);
    assertThat(ProviderCatalog.isKnown("compat")).isTrue();
    assertThat(ProviderCatalog.isKnown("custom-x")).isTrue();
    assertThat(ProviderCatalog.isKnown("custom-")).isFalse();
    assertThat(ProviderCatalog.isKnown("nope")).isFalse();
    assertThat(rows().map(a -> (String) a.get()[0]).distinct()).containsExactlyInAnyOrderElementsOf(slugs);
  }

  @Test
  void preservesQueryIncludingAzureApiVersion() {
    UpstreamTarget t = table.resolve("azure-openai", "/res/dep/chat/completions", "api-version=2024-10-21&x=1",
        MultiMap.caseInsensitiveMultiMap());
    assertThat(t.url()).isEqualTo(
        "https://res.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2024-10-21&x=1");
    assertThat(t.host()).isEqualTo("res.openai.azure.com");
    assertThat(t.uri()).startsWith("/openai/deployments/dep/");
  }

  @Test
  void credentialPrefixesAndCompanions() {
    assertThat(table.spec("openai").credentialPrefix()).isEqualTo("Bearer ");
    assertThat(table.spec("fal").credentialPrefix()).isEqualTo("Key ");
    assertThat(table.spec("deepgram").credentialPrefix()).isEqualTo("Token ");
    assertThat(table.spec("cartesia").companionHeaders()).contains("cartesia-version");
    assertThat(table.spec("anthropic").companionHeaders()).contains("anthropic-version");
    assertThat(table.spec("azure-openai").isCredentialHeader("API-Key")).isTrue();
  }

  @ParameterizedTest(name = "{0} -> 2008")
  @CsvSource({"nope", "compat", "custom-", "custom-unknown", "OPENAI"})
  void unknownSlugIsInvalidProvider(String slug) {
    assertThatThrownBy(() -> table.resolve(slug, "/x", null, MultiMap.caseInsensitiveMultiMap()))
        .isInstanceOfSatisfying(GatewayException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PROVIDER);
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.code().code()).isEqualTo(2008);
        });
  }

  @ParameterizedTest(name = "{0}{1} -> 400 mentioning {2}")
  @CsvSource({
      "azure-openai, '', resource name",
      "azure-openai, /res, deployment name",
      "azure-openai, /bad_res!/dep/chat, resource name",
      "azure-openai, /res/dep$x/chat, deployment name",
      "aws-bedrock, '', missing service",
      "aws-bedrock, /bedrock-runtime, region",
      "aws-bedrock, /bedrock-runtime/us_east_1/model/x/invoke, region",
      "aws-bedrock, /evil.com/us-east-1/x, unknown service",
      "google-vertex-ai, /v1/projects/p, /google-vertex-ai/v1/projects/{project}/locations/{region}",
      "google-vertex-ai, /v1/projects/p/locations/evil.com%2F/x, region",
      "google-vertex-ai, /v1/projects/p/locations/attacker.example/x, region",
      "workers-ai, '', missing model",
      "huggingface, /, missing model",
      "baseten, /model, model id",
      "baseten, /model/bad.host/x, model id",
      "fal, '', x-fal-target-url",
      "openai, /../../etc/passwd, '..'",
      "openai, /v1/%2e%2e/x, '..'"})
  void badPathsAre400NamingTheProblem(String slug, String rest, String mention) {
    assertThatThrownBy(() -> table.resolve(slug, rest, null, MultiMap.caseInsensitiveMultiMap()))
        .isInstanceOfSatisfying(GatewayException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains(mention);
        });
  }

  @Test
  void nullRestAndNullHeadersAreTolerated() {
    assertThat(table.resolve("openai", null, null, null).url()).isEqualTo("https://api.openai.com/v1");
    assertThat(table.resolve("fal", "/m", "a=1", null).url()).isEqualTo("https://fal.run/m?a=1");
  }
}
