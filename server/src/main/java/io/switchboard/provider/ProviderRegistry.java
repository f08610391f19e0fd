package io.switchboard.provider;

import io.vertx.core.MultiMap;

/**
 * Maps {@code /v1/{account}/{gateway}/{provider}/{rest}} to an upstream target. The data plane calls
 * {@link #resolve} on the event loop: it must not block.
 */
public interface ProviderRegistry {
  /**
   * Resolves a provider-native request.
   *
   * @param slug    the provider path segment (for example {@code openai}, {@code custom-foo})
   * @param rest    the path after the slug, starting with '/' or empty (for example {@code /chat/completions})
   * @param query   the raw query string without '?', or null
   * @param headers the client's request headers (some providers route by header, e.g. fal's x-fal-target-url)
   * @return the target
   * @throws io.switchboard.error.GatewayException 400 code 2008 for an unknown provider, or a 400
   *         naming what is wrong with the path (for example a missing Azure deployment)
   */
  UpstreamTarget resolve(String slug, String rest, String query, MultiMap headers);

  /**
   * What {@link #resolve} rejects before routing, without building a target: an unknown provider
   * (400 code 2008) or a path with dot segments. Lets a cache HIT, which sends nothing upstream, skip
   * the resolution and still fail as {@link #resolve} would for a provider that is not (or no longer) there.
   */
  void check(String slug, String rest);

  /** The provider's spec (credential headers and prefix), or null for an unknown slug. */
  ProviderSpec spec(String slug);
}
