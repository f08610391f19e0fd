package io.switchboard.cache;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * How one request (or universal step) uses the cache, from its headers and the gateway's
 * {@code cache_ttl}. The TTL is {@code cf-aig-cache-ttl} (or the deprecated {@code cf-cache-ttl}):
 * 0 turns caching off for the request, 60 s to 30 days sets it, anything else is a 400; without the
 * header the gateway's {@code cache_ttl}; without either, 5 minutes when {@code cf-aig-cache-key} is
 * set, else the request is not cacheable. {@code cf-aig-skip-cache: true} (or {@code cf-skip-cache})
 * skips the lookup (the fresh answer is still stored). Only GET and POST are cached.
 *
 * @param customKey the {@code cf-aig-cache-key}, or null
 */
public record CachePolicy(long ttlSeconds, boolean skipLookup, String customKey) {
  public static final long MIN_TTL = 60;
  public static final long MAX_TTL = 2_592_000;
  static final long CUSTOM_KEY_TTL = 300;

  /**
   * The policy, or null when the request is not cacheable. {@code sources} are searched in order for
   * each header (universal: the step's headers, then the request's).
   */
  public static CachePolicy of(long gatewayTtl, HttpMethod method, MultiMap... sources) {
    if (method != HttpMethod.POST && method != HttpMethod.GET) {
      return null;
    }
    String customKey = header(sources, "cf-aig-cache-key", null);
    if (customKey != null && customKey.isBlank()) {
      customKey = null;
    }
    String ttlHeader = header(sources, "cf-aig-cache-ttl", "cf-cache-ttl");
    long ttl;
    if (ttlHeader != null) {
      ttl = ttl(ttlHeader);
    } else if (gatewayTtl > 0) {
      ttl = gatewayTtl;
    } else {
      ttl = customKey != null ? CUSTOM_KEY_TTL : 0;
    }
    if (ttl == 0) {
      return null;
    }
    return new CachePolicy(ttl, skip(header(sources, "cf-aig-skip-cache", "cf-skip-cache")), customKey);
  }

  private static long ttl(String value) {
    long ttl;
    try {
      ttl = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw bad("cf-aig-cache-ttl must be an integer number of seconds, got '" + value + "'");
    }
    if (ttl != 0 && (ttl < MIN_TTL || ttl > MAX_TTL)) {
      throw bad("cf-aig-cache-ttl must be 0 or from " + MIN_TTL + " to " + MAX_TTL + " seconds, got " + ttl);
    }
    return ttl;
  }

  private static boolean skip(String value) {
    if (value == null || value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    throw bad("cf-aig-skip-cache must be true or false, got '" + value + "'");
  }

  private static String header(MultiMap[] sources, String name, String alias) {
    for (MultiMap headers : sources) {
      if (headers == null) {
        continue;
      }
      String v = headers.get(name);
      if (v == null && alias != null) {
        v = headers.get(alias);
      }
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static GatewayException bad(String message) {
    return GatewayException.of(ErrorCode.BAD_REQUEST_HEADER, message);
  }
}
