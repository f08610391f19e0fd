package io.switchboard.usage;

import java.util.Locale;

/** Picks the usage format for a provider slug and request path. */
final class Formats {
  private Formats() {
  }

  static UsageFormat choose(String provider, String path) {
    String slug = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
    String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
    if (openAiPath(p)) {
      return OpenAiFormat.INSTANCE;
    }
    return switch (slug) {
      case "anthropic" -> AnthropicFormat.INSTANCE;
      case "google-ai-studio" -> GeminiFormat.INSTANCE;
      case "google-vertex-ai" -> p.contains("/publishers/anthropic/") ? AnthropicFormat.INSTANCE : GeminiFormat.INSTANCE;
      case "aws-bedrock" -> BedrockFormat.INSTANCE;
      case "workers-ai" -> WorkersAiFormat.INSTANCE;
      case "cohere" -> CohereFormat.INSTANCE;
      default -> OpenAiFormat.INSTANCE;
    };
  }

  /** OpenAI-compatible endpoints, whichever provider serves them. */
  private static boolean openAiPath(String p) {
    int q = p.indexOf('?');
    String bare = q < 0 ? p : p.substring(0, q);
    return bare.endsWith("/chat/completions") || bare.endsWith("/completions") || bare.endsWith("/embeddings")
        || bare.endsWith("/responses");
  }
}
