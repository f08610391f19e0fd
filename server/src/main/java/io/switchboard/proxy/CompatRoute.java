package io.switchboard.proxy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.translate.ChatTranslator;
import io.switchboard.translate.EmbeddingsTranslator;
import io.switchboard.translate.anthropic.OpenAiToAnthropicChatTranslator;
import io.switchboard.translate.bedrock.OpenAiToBedrockConverseTranslator;
import io.switchboard.translate.bedrock.OpenAiToBedrockEmbeddingsTranslator;
import io.switchboard.translate.cohere.OpenAiToCohereChatTranslator;
import io.switchboard.translate.cohere.OpenAiToCohereEmbeddingsTranslator;
import io.switchboard.translate.google.OpenAiToGoogleChatTranslator;
import io.switchboard.translate.google.OpenAiToGoogleEmbeddingsTranslator;
import io.switchboard.translate.workersai.OpenAiToWorkersAiChatTranslator;
import io.switchboard.translate.workersai.OpenAiToWorkersAiEmbeddingsTranslator;
import java.util.Map;

/**
 * How {@code /compat} reaches each provider: OpenAI-compatible ones get the OpenAI body with the
 * provider prefix stripped from {@code model} (at {@code chatPath} / {@code embeddingsPath}); the
 * others go through their translator. {@code prefix} is put before a translator's path (Bedrock's
 * {@code /bedrock-runtime/{region}}).
 */
record CompatRoute(String slug, String chatPath, String embeddingsPath, ChatTranslator chat,
    EmbeddingsTranslator embeddings, String prefix) {

  /** The region Bedrock is reached in through /compat when nothing else says (Cloudflare does the same). */
  static final String BEDROCK_REGION = "us-east-1";

  private static final Map<String, CompatRoute> ROUTES = Map.ofEntries(
      openAi("openai"), openAi("groq"), openAi("mistral"), openAi("deepseek"), openAi("cerebras"), openAi("grok"),
      openAi("openrouter"), openAi("baseten"), openAi("parallel"), openAi("azure-openai"),
      Map.entry("perplexity-ai", new CompatRoute("perplexity-ai", "/chat/completions", "/embeddings", null, null, "")),
      Map.entry("anthropic", new CompatRoute("anthropic", null, null, new OpenAiToAnthropicChatTranslator(), null, "")),
      Map.entry("google-ai-studio", new CompatRoute("google-ai-studio", null, null, new OpenAiToGoogleChatTranslator(),
          new OpenAiToGoogleEmbeddingsTranslator(), "")),
      Map.entry("aws-bedrock", new CompatRoute("aws-bedrock", null, null, new OpenAiToBedrockConverseTranslator(),
          new OpenAiToBedrockEmbeddingsTranslator(), "/bedrock-runtime/" + BEDROCK_REGION)),
      Map.entry("cohere", new CompatRoute("cohere", null, null, new OpenAiToCohereChatTranslator(),
          new OpenAiToCohereEmbeddingsTranslator(), "")),
      Map.entry("workers-ai", new CompatRoute("workers-ai", null, null, new OpenAiToWorkersAiChatTranslator(),
          new OpenAiToWorkersAiEmbeddingsTranslator(), "")));

  private static Map.Entry<String, CompatRoute> openAi(String slug) {
    return Map.entry(slug, new CompatRoute(slug, "/v1/chat/completions", "/v1/embeddings", null, null, ""));
  }

  /** The route for a provider; custom providers are OpenAI-compatible at {@code {base_url}/chat/completions}. */
  static CompatRoute of(String slug) {
    CompatRoute r = ROUTES.get(slug);
    if (r != null) {
      return r;
    }
    if (slug.startsWith("custom-")) {
      return new CompatRoute(slug, "/chat/completions", "/embeddings", null, null, "");
    }
    throw GatewayException.of(ErrorCode.INVALID_PROVIDER, "Invalid provider '" + slug + "' for the OpenAI-compatible "
        + "endpoint (supported: " + String.join(", ", new java.util.TreeSet<>(ROUTES.keySet())) + ", custom-{slug})");
  }

  static java.util.Set<String> slugs() {
    return ROUTES.keySet();
  }

  boolean translated() {
    return chat != null;
  }
}
