package io.switchboard.provider;

import java.util.List;

/**
 * One native provider as data: its slug, upstream base (a URL, or a template for providers whose
 * host depends on the path), the headers that carry the caller's provider credential, and the rule
 * that maps the path after the slug to the upstream.
 *
 * @param slug              the path segment after the gateway id, for example {@code openai}
 * @param base              the default upstream base URL, or a template such as
 *                          {@code https://{resource}.openai.azure.com/openai/deployments/{deployment}}
 * @param credentialHeaders lower-case names of the headers carrying the credential; the first is
 *                          the one a gateway-held key would be sent in
 * @param credentialPrefix  the value prefix of the first credential header ({@code "Bearer "}, or
 *                          {@code ""} for a bare key)
 * @param companionHeaders  lower-case names of non-secret headers the provider expects alongside the
 *                          credential (for example {@code anthropic-version})
 * @param rule              maps the rest of the path to an upstream destination
 */
public record ProviderSpec(
    String slug,
    String base,
    List<String> credentialHeaders,
    String credentialPrefix,
    List<String> companionHeaders,
    PathRule rule) {

  public ProviderSpec {
    credentialHeaders = List.copyOf(credentialHeaders);
    companionHeaders = List.copyOf(companionHeaders);
  }

  /** The header a gateway-held credential goes in. */
  public String credentialHeader() {
    return credentialHeaders.get(0);
  }

  /** True when {@code header} (any case) carries a credential for this provider. */
  public boolean isCredentialHeader(String header) {
    return credentialHeaders.contains(header.toLowerCase(java.util.Locale.ROOT));
  }
}
