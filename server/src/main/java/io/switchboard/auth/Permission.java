package io.switchboard.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cloudflare's API token permissions as Switchboard enforces them. An edit permission implies the
 * matching read. Names are accepted case-insensitively, with Cloudflare's alternative spellings.
 */
public enum Permission {
  AI_GATEWAY_READ("AI Gateway Read"),
  AI_GATEWAY_EDIT("AI Gateway Edit", "AI Gateway Write"),
  AI_GATEWAY_RUN("AI Gateway Run"),
  SECRETS_EDIT("Secrets Edit", "Secrets Store Write", "Secrets Store Edit"),
  API_TOKENS_EDIT("API Tokens Edit", "Account API Tokens Write", "API Tokens Write");

  private final String label;
  private final List<String> aliases;

  Permission(String label, String... aliases) {
    this.label = label;
    this.aliases = List.of(aliases);
  }

  public String label() {
    return label;
  }

  /** True when holding this permission grants {@code wanted}. */
  public boolean grants(Permission wanted) {
    return this == wanted || (this == AI_GATEWAY_EDIT && wanted == AI_GATEWAY_READ);
  }

  public static Optional<Permission> parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(p -> p.label.toLowerCase(Locale.ROOT).equals(n) || p.name().toLowerCase(Locale.ROOT).equals(n)
            || p.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n)))
        .findFirst();
  }
}
