package io.switchboard.provider;

import java.util.List;
import java.util.Set;

/** The provider slugs of spec §1.1 that the gateway serves, plus {@code custom-{slug}} providers. */
public final class ProviderCatalog {
  public static final List<String> SLUGS = List.of(
      "openai", "anthropic", "azure-openai", "aws-bedrock", "google-ai-studio", "google-vertex-ai", "workers-ai",
      "groq", "mistral", "cohere", "deepseek", "grok", "perplexity-ai", "replicate", "huggingface", "openrouter",
      "cerebras", "cartesia", "elevenlabs", "fal", "ideogram", "deepgram", "baseten", "parallel", "compat");
  private static final Set<String> KNOWN = Set.copyOf(SLUGS);

  private ProviderCatalog() {
  }

  public static boolean isKnown(String slug) {
    return KNOWN.contains(slug) || (slug.startsWith("custom-") && slug.length() > "custom-".length());
  }
}
