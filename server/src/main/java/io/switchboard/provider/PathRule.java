package io.switchboard.provider;

import io.vertx.core.MultiMap;

/** Maps the path after a provider slug to where the request goes upstream. Must not block. */
@FunctionalInterface
public interface PathRule {
  /**
   * @throws io.switchboard.error.GatewayException a 400 naming what is wrong with the path or header
   */
  Destination route(Input in);

  /**
   * What a rule sees.
   *
   * @param slug      the provider slug
   * @param base      the base URL to use: the operator's override when set, else the table's base
   * @param override  the operator's override ({@code upstream.<slug>}), or null
   * @param rest      the path after the slug, starting with '/' or empty
   * @param headers   the client's request headers
   * @param accountId this gateway's account id
   */
  record Input(String slug, String base, String override, String rest, MultiMap headers, String accountId) {
    /** For templated providers: the override when set, else the origin the template produced. */
    public String origin(String templated) {
      return override != null ? override : templated;
    }
  }

  /**
   * Where a request goes.
   *
   * @param base a base URL ({@code scheme://host[:port][/prefix]})
   * @param path appended to the base: starts with '/' or is empty; may carry its own query
   */
  record Destination(String base, String path) {
  }
}
