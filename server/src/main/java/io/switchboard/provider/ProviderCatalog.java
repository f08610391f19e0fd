package io.switchboard.provider;

import java.util.List;
import java.util.Set;

/**
 * Which provider slugs exist, derived from the built-in table ({@link BuiltInProviders}), plus
 * {@code compat} (the OpenAI-compatible endpoint) and {@code custom-{slug}} providers.
 */
public final class ProviderCatalog {
  /** The built-in slugs, in table order. */
  public static final List<String> SLUGS = BuiltInProviders.ALL.stream().map(ProviderSpec::slug).toList();
  private static final Set<String> KNOWN = Set.copyOf(SLUGS);

  private ProviderCatalog() {
  }

  /** A built-in slug, {@code compat}, or a well-formed {@code custom-{slug}}. */
  public static boolean isKnown(String slug) {
    return KNOWN.contains(slug) || slug.equals("compat")
        || (slug.startsWith("custom-") && slug.length() > "custom-".length());
  }
}
