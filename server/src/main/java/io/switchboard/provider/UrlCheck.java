package io.switchboard.provider;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a custom provider's base URL: absolute http(s), a host, no credentials, query or fragment. */
final class UrlCheck {
  private UrlCheck() {
  }

  /** Why the URL cannot be used, or null when it can. */
  static String problem(String url, boolean allowHttp) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "is not a valid URL: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      return allowHttp ? "must start with https:// or http://" : "must start with https:// (plain http:// needs the "
          + "allow-http-custom-providers setting)";
    }
    if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
      return "must name a host";
    }
    if (uri.getHost() == null && !uri.getRawAuthority().matches("[A-Za-z0-9._-]+(:\\d{1,5})?")) {
      return "must name a valid host and port";
    }
    if (uri.getRawUserInfo() != null) {
      return "must not contain credentials";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "must not contain a query or fragment";
    }
    return null;
  }
}
