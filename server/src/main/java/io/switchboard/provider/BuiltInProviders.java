package io.switchboard.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The native providers of spec §1.1, one row each. docs/providers.md mirrors this table. */
final class BuiltInProviders {
  private static final String BEARER = "Bearer ";
  private static final List<String> AUTHORIZATION = List.of("authorization");

  private BuiltInProviders() {
  }

  static final List<ProviderSpec> ALL = List.of(
      row("openai", "https://api.openai.com/v1", PathRules.VERSIONED),
      new ProviderSpec("anthropic", "https://api.anthropic.com", List.of("x-api-key", "authorization"), "",
          List.of("anthropic-version", "anthropic-beta"), PathRules.APPEND),
      new ProviderSpec("azure-openai", "https://{resource}.openai.azure.com/openai/deployments/{deployment}",
          List.of("api-key", "authorization"), "", List.of(), TemplateRules.AZURE_OPENAI),
      new ProviderSpec("aws-bedrock", "https://bedrock-runtime.{region}.amazonaws.com | "
          + "https://bedrock-mantle.{region}.api.aws", List.of("authorization", "x-amz-security-token"), "",
          List.of("x-amz-date", "x-amz-content-sha256"), TemplateRules.AWS_BEDROCK),
      new ProviderSpec("google-ai-studio", "https://generativelanguage.googleapis.com", List.of("x-goog-api-key"), "",
          List.of(), PathRules.APPEND),
      row("google-vertex-ai", "https://{region}-aiplatform.googleapis.com", TemplateRules.GOOGLE_VERTEX_AI),
      row("workers-ai", "https://api.cloudflare.com/client/v4/accounts/{account_id}/ai", TemplateRules.WORKERS_AI),
      row("groq", "https://api.groq.com/openai/v1", PathRules.VERSIONED),
      row("mistral", "https://api.mistral.ai/v1", PathRules.VERSIONED),
      row("cohere", "https://api.cohere.ai/v1", PathRules.VERSIONED),
      row("deepseek", "https://api.deepseek.com", PathRules.APPEND),
      row("grok", "https://api.x.ai/v1", PathRules.VERSIONED),
      row("perplexity-ai", "https://api.perplexity.ai", PathRules.APPEND),
      row("replicate", "https://api.replicate.com/v1", PathRules.VERSIONED),
      row("huggingface", "https://api-inference.huggingface.co/models/{model}", TemplateRules.HUGGINGFACE),
      row("openrouter", "https://openrouter.ai/api/v1", PathRules.VERSIONED),
      row("cerebras", "https://api.cerebras.ai/v1", PathRules.VERSIONED),
      new ProviderSpec("cartesia", "https://api.cartesia.ai", List.of("x-api-key"), "", List.of("cartesia-version"),
          PathRules.APPEND),
      keyed("elevenlabs", "https://api.elevenlabs.io", "xi-api-key"),
      new ProviderSpec("fal", "https://fal.run", AUTHORIZATION, "Key ", List.of(), new FalRule()),
      keyed("ideogram", "https://api.ideogram.ai", "api-key"),
      new ProviderSpec("deepgram", "https://api.deepgram.com", AUTHORIZATION, "Token ", List.of(), PathRules.APPEND),
      row("baseten", "https://model-{model_id}.api.baseten.co | https://inference.baseten.co/v1",
          TemplateRules.BASETEN),
      keyed("parallel", "https://api.parallel.ai", "x-api-key"));

  static Map<String, ProviderSpec> bySlug() {
    Map<String, ProviderSpec> map = new LinkedHashMap<>();
    ALL.forEach(spec -> map.put(spec.slug(), spec));
    return Map.copyOf(map);
  }

  /** The spec of a custom provider: Bearer passthrough, plain append to its base URL. */
  static ProviderSpec custom(String slug, String baseUrl) {
    return new ProviderSpec(slug, baseUrl, AUTHORIZATION, BEARER, List.of(), PathRules.APPEND);
  }

  private static ProviderSpec row(String slug, String base, PathRule rule) {
    return new ProviderSpec(slug, base, AUTHORIZATION, BEARER, List.of(), rule);
  }

  private static ProviderSpec keyed(String slug, String base, String header) {
    return new ProviderSpec(slug, base, List.of(header), "", List.of(), PathRules.APPEND);
  }
}
