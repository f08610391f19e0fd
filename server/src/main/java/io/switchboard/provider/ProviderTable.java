package io.switchboard.provider;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.MultiMap;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link ProviderRegistry}: the built-in table of {@link BuiltInProviders} plus enabled
 * {@code custom-{slug}} providers from the {@link CustomProviders} cache, with the operator's
 * {@code upstream.<slug>} overrides applied. Never blocks.
 */
public final class ProviderTable implements ProviderRegistry {
  static final String CUSTOM_PREFIX = "custom-";
  private final Map<String, ProviderSpec> builtIn = BuiltInProviders.bySlug();
  private final Map<String, String> overrides;
  private final String accountId;
  private final CustomProviders custom;

  /**
   * @param accountId the gateway's account id (Workers AI upstream URLs carry it)
   * @param overrides slug → base URL, from {@code Settings.upstreams()}
   * @param custom    the custom-provider cache, or null for none
   */
  public ProviderTable(String accountId, Map<String, String> overrides, CustomProviders custom) {
    this.accountId = accountId;
    this.custom = custom;
    Map<String, String> clean = new HashMap<>();
    overrides.forEach((slug, url) -> clean.put(slug, trimSlash(url)));
    this.overrides = Map.copyOf(clean);
  }

  /** The built-in providers (not custom ones), in table order. */
  public Collection<ProviderSpec> builtIn() {
    return BuiltInProviders.ALL;
  }

  /** The spec for a slug (built-in or enabled custom), or null. */
  @Override
  public ProviderSpec spec(String slug) {
    ProviderSpec spec = builtIn.get(slug);
    if (spec == null && slug.startsWith(CUSTOM_PREFIX) && custom != null) {
      CustomProvider p = custom.enabled(slug.substring(CUSTOM_PREFIX.length()));
      spec = p == null ? null : BuiltInProviders.custom(slug, p.baseUrl());
    }
    return spec;
  }

  @Override
  public void check(String slug, String rest) {
    known(slug);
    Segments.rejectDotSegments(rest == null ? "" : rest);
  }

  private ProviderSpec known(String slug) {
    ProviderSpec spec = slug == null ? null : spec(slug);
    if (spec == null) {
      throw GatewayException.of(ErrorCode.INVALID_PROVIDER);
    }
    return spec;
  }

  @Override
  public UpstreamTarget resolve(String slug, String rest, String query, MultiMap headers) {
    ProviderSpec spec = known(slug);
    String path = rest == null ? "" : rest;
    Segments.rejectDotSegments(path);
    String override = overrides.get(slug);
    PathRule.Input in = new PathRule.Input(slug, override != null ? override : spec.base(), override, path, headers,
        accountId);
    return target(slug, spec.rule().route(in), query);
  }

  private static UpstreamTarget target(String slug, PathRule.Destination d, String query) {
    Base base = BASES.get(d.base());
    String uri = base.path() + d.path();
    if (query != null && !query.isEmpty()) {
      uri += (uri.contains("?") ? "&" : "?") + query;
    }
    if (uri.isEmpty() || uri.charAt(0) != '/') {
      uri = "/" + uri;
    }
    return new UpstreamTarget(slug, base.ssl(), base.host(), base.port(), uri);
  }

  /** A base URL taken apart once: scheme, host, port (defaulted) and path without its trailing slash. */
  private record Base(boolean ssl, String host, int port, String path) {
    static Base parse(String url) {
      URI base = URI.create(url);
      boolean ssl = "https".equalsIgnoreCase(base.getScheme());
      String host = base.getHost();
      int port = base.getPort();
      if (host == null) {
        // a registry-style authority java.net.URI does not take as a host, such as my_llm:8080
        String authority = base.getRawAuthority();
        int colon = authority.lastIndexOf(':');
        host = colon > 0 ? authority.substring(0, colon) : authority;
        port = colon > 0 ? Integer.parseInt(authority.substring(colon + 1)) : -1;
      }
      return new Base(ssl, host, port != -1 ? port : ssl ? 443 : 80,
          trimSlash(base.getRawPath() == null ? "" : base.getRawPath()));
    }
  }

  private static final Memo<Base> BASES = new Memo<>(Base::parse);

  private static String trimSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
