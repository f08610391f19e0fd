package io.switchboard.secrets;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.gateway.Gateway;
import io.switchboard.provider.ProviderSpec;
import io.switchboard.provider.UpstreamTarget;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses the provider credential of one outbound request and puts it in place (spec §10.1).
 * Precedence: a real key in the request, then a stored key the request names by putting its alias
 * where the key would go, then the stored key {@code cf-aig-byok-alias} names, else the gateway's
 * default key for the provider. Stored keys are used only on authenticated gateways. With
 * {@code byok_only} or {@code cf-aig-no-wholesale: true}, a request left without credentials is a 400.
 */
public final class Credentials {
  public static final String ALIAS_HEADER = "cf-aig-byok-alias";
  public static final String NO_WHOLESALE_HEADER = "cf-aig-no-wholesale";
  private static final List<String> SCHEMES = List.of("bearer", "key", "token");
  private static final Credentials NONE = new Credentials(null, null, null, null);
  private final ProviderConfigs configs;
  private final Function<String, ProviderSpec> specs;
  private final Injector injector;

  /**
   * @param specs provider slug → spec (built-in or custom), or null when unknown
   */
  public Credentials(ProviderConfigs configs, Function<String, ProviderSpec> specs, VertexTokens vertex, Clock clock) {
    this.configs = configs;
    this.specs = specs;
    this.injector = new Injector(vertex, clock);
  }

  /** Leaves every request as it is (no stored keys). */
  public static Credentials none() {
    return NONE;
  }

  /**
   * Resolves and injects the credential, editing {@code headers} (the outbound ones) in place; Bedrock
   * requests are signed for {@code target} and {@code body} as they will be sent.
   *
   * @param request the client's headers (for {@code cf-aig-byok-alias} and {@code cf-aig-no-wholesale})
   */
  public Future<Void> prepare(Gateway gateway, UpstreamTarget target, HttpMethod method, MultiMap headers,
      Buffer body, MultiMap request) {
    if (configs == null) {
      return Future.succeededFuture();
    }
    try {
      ProviderSpec spec = specs.apply(target.provider());
      StoredKey key = spec == null ? null : choose(gateway, spec, headers, request);
      if (key == null) {
        return Future.succeededFuture();
      }
      if (!key.available()) {
        throw GatewayException.of(ErrorCode.BYOK_UNAVAILABLE, ErrorCode.BYOK_UNAVAILABLE.message()
            + ": the " + spec.slug() + " key '" + key.alias() + "' cannot be decrypted with the configured master key");
      }
      return injector.inject(spec, key.secret(), target, method, headers, body);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /**
   * The stored key the gateway would use for {@code slug}: the one {@code cf-aig-byok-alias} names, else
   * the default; null when none (or BYOK is off). Used where a key's content shapes the request itself
   * (the Vertex project and region on /compat).
   */
  public StoredKey storedKey(Gateway gateway, String slug, MultiMap request) {
    if (configs == null || !gateway.settings().authentication()) {
      return null;
    }
    String alias = request.get(ALIAS_HEADER);
    return alias == null || alias.isBlank() ? configs.defaultKey(gateway.id(), slug)
        : configs.byAlias(gateway.id(), slug, alias.trim());
  }

  /** A universal step's view of the BYOK headers: the step's own, else the request's. */
  public static MultiMap stepHeaders(MultiMap request, MultiMap step) {
    MultiMap out = MultiMap.caseInsensitiveMultiMap();
    for (String name : List.of(ALIAS_HEADER, NO_WHOLESALE_HEADER)) {
      String v = step.contains(name) ? step.get(name) : request.get(name);
      if (v != null) {
        out.set(name, v);
      }
    }
    return out;
  }

  /** The stored key to use, or null to send the request as it is. */
  private StoredKey choose(Gateway gateway, ProviderSpec spec, MultiMap headers, MultiMap request) {
    boolean byok = gateway.settings().authentication();
    String presented = presented(spec, headers);
    if (presented != null) {
      return byok ? configs.byAlias(gateway.id(), spec.slug(), presented) : null;
    }
    StoredKey key = null;
    if (byok) {
      String alias = request.get(ALIAS_HEADER);
      key = alias == null || alias.isBlank() ? configs.defaultKey(gateway.id(), spec.slug())
          : named(gateway, spec.slug(), alias.trim());
    }
    if (key == null && requiresCredentials(gateway, request) && !spec.slug().equals("workers-ai")) {
      throw GatewayException.of(ErrorCode.BYOK_NO_CREDENTIALS, "No credentials for provider '" + spec.slug()
          + "': the request carries no provider key and the gateway holds no stored key for it, and "
          + (request.contains(NO_WHOLESALE_HEADER) && "true".equalsIgnoreCase(request.get(NO_WHOLESALE_HEADER).trim())
          ? "cf-aig-no-wholesale: true" : "the gateway's byok_only setting") + " forbids sending it without one");
    }
    return key;
  }

  private StoredKey named(Gateway gateway, String slug, String alias) {
    StoredKey key = configs.byAlias(gateway.id(), slug, alias);
    if (key == null) {
      List<StoredKey> all = configs.keys(gateway.id(), slug);
      String aliases = all.isEmpty() ? "none" : all.stream().map(k -> "'" + k.alias() + "'").sorted()
          .collect(Collectors.joining(", "));
      throw GatewayException.of(ErrorCode.BYOK_ALIAS_UNKNOWN, "Provider '" + slug
          + "' has no BYOK credential named '" + alias + "'. Configured aliases: " + aliases);
    }
    return key;
  }

  private static boolean requiresCredentials(Gateway gateway, MultiMap request) {
    String noWholesale = request.get(NO_WHOLESALE_HEADER);
    return gateway.settings().get("byok_only").asBoolean(false)
        || (noWholesale != null && noWholesale.trim().toLowerCase(Locale.ROOT).equals("true"));
  }

  /** The credential the request carries (its value without a Bearer/Key/Token scheme), or null. */
  /** The value without a leading {@code Bearer }, {@code Key } or {@code Token } (any case). */
  private static String withoutScheme(String v) {
    for (String scheme : SCHEMES) {
      int n = scheme.length();
      if (v.length() > n && v.regionMatches(true, 0, scheme, 0, n) && isSpace(v.charAt(n))) {
        int i = n;
        while (i < v.length() && isSpace(v.charAt(i))) {
          i++;
        }
        return v.substring(i);
      }
    }
    return v;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  static String presented(ProviderSpec spec, MultiMap headers) {
    for (String name : spec.credentialHeaders()) {
      String v = headers.get(name);
      if (v != null && !v.isBlank()) {
        return withoutScheme(v.trim());
      }
    }
    return null;
  }
}
