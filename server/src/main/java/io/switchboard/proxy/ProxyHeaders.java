package io.switchboard.proxy;

import io.vertx.core.MultiMap;
import java.util.Locale;
import java.util.Set;

/**
 * Which headers cross the gateway. Hop-by-hop headers (RFC 9110 §7.6.1, plus those a Connection
 * header names) never do; {@code cf-aig-*} request headers are the gateway's own and are consumed;
 * everything else, provider credentials included, passes untouched.
 */
final class ProxyHeaders {
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
      "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade",
      "http2-settings", "host", "content-length");
  private static final Set<String> CONSUMED = Set.of("cf-cache-ttl", "cf-skip-cache");

  private ProxyHeaders() {
  }

  /** Copies the client's request headers that should reach the provider. */
  static void copyRequest(MultiMap from, MultiMap to) {
    Set<String> named = connectionTokens(from);
    from.forEach((name, value) -> {
      String n = name.toLowerCase(Locale.ROOT);
      if (!HOP_BY_HOP.contains(n) && !n.startsWith("cf-aig-") && !CONSUMED.contains(n) && !named.contains(n)
          && !n.startsWith(":")) {
        to.add(name, value);
      }
    });
  }

  /** Copies the provider's response headers that should reach the client. */
  static void copyResponse(MultiMap from, MultiMap to) {
    Set<String> named = connectionTokens(from);
    from.forEach((name, value) -> {
      String n = name.toLowerCase(Locale.ROOT);
      if (!HOP_BY_HOP.contains(n) && !named.contains(n) && !n.startsWith(":")) {
        to.add(name, value);
      }
    });
  }

  private static Set<String> connectionTokens(MultiMap headers) {
    String connection = headers.get("connection");
    if (connection == null || connection.isEmpty()) {
      return Set.of();
    }
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String token : connection.split(",")) {
      out.add(token.trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
