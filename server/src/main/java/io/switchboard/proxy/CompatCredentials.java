package io.switchboard.proxy;

import io.switchboard.provider.ProviderSpec;
import io.vertx.core.MultiMap;

/**
 * On {@code /compat} a client sends its provider key the way its SDK does ({@code Authorization: Bearer}
 * from OpenAI SDKs, {@code x-api-key} from Anthropic's); the key is moved into the header the target
 * provider expects, with that provider's prefix. Stored keys (BYOK) are injected afterwards as usual.
 */
final class CompatCredentials {
  private CompatCredentials() {
  }

  static void move(MultiMap headers, ProviderSpec spec) {
    if (spec == null || spec.credentialHeaders().isEmpty()) {
      return;
    }
    String key = presented(headers);
    if (key == null) {
      return;
    }
    headers.remove("authorization");
    headers.remove("x-api-key");
    headers.set(spec.credentialHeader(), spec.credentialPrefix() + key);
  }

  private static String presented(MultiMap headers) {
    String auth = headers.get("authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return auth.substring(7).trim();
    }
    String apiKey = headers.get("x-api-key");
    return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
  }
}
