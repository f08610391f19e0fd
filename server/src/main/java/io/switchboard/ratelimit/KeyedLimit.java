package io.switchboard.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.auth.TokenSecret;
import io.switchboard.auth.Tokens;
import io.switchboard.gateway.Gateway;
import io.switchboard.log.Metadata;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One limit that applies to a request, with the counter key it is counted under. A gateway yields
 * its gateway-wide limit (when {@code rate_limiting_limit} and {@code rate_limiting_interval} are both
 * set) and then one per {@code rate_limits} rule whose key the request carries: {@code token} counts
 * per gateway token (by its SHA-256, never the token), {@code metadata.<name>} per value of that
 * {@code cf-aig-metadata} entry. A rule whose key the request does not carry does not apply.
 */
record KeyedLimit(String key, Limit limit) {

  static List<KeyedLimit> of(Gateway gateway, HttpServerRequest request) {
    JsonNode rules = gateway.settings().get("rate_limits");
    KeyedLimit whole = gatewayWide(gateway);
    if (whole == null && !rules.isArray()) {
      return List.of();
    }
    List<KeyedLimit> out = new ArrayList<>(2);
    if (whole != null) {
      out.add(whole);
    }
    if (rules.isArray()) {
      Map<String, Object> metadata = null;
      for (JsonNode rule : rules) {
        Limit limit = new Limit(rule.path("limit").asLong(), rule.path("interval").asLong(),
            "sliding".equals(rule.path("technique").asText("fixed")));
        String on = rule.path("key").asText();
        String value;
        if (on.equals("token")) {
          String token = Tokens.bearer(request.getHeader("cf-aig-authorization"));
          value = token == null ? null : TokenSecret.hash(token);
        } else {
          metadata = metadata != null ? metadata : metadata(request);
          Object v = metadata.get(on.substring("metadata.".length()));
          value = v == null ? null : v.toString();
        }
        if (value != null) {
          out.add(new KeyedLimit(base(gateway, on, limit) + ":" + value, limit));
        }
      }
    }
    return out;
  }

  private static KeyedLimit gatewayWide(Gateway gateway) {
    long limit = gateway.settings().get("rate_limiting_limit").asLong(0);
    long interval = gateway.settings().get("rate_limiting_interval").asLong(0);
    if (limit <= 0 || interval <= 0) {
      return null;
    }
    Limit l = new Limit(limit, interval, "sliding".equals(gateway.settings().get("rate_limiting_technique").asText()));
    return new KeyedLimit(base(gateway, "gateway", l), l);
  }

  private static String base(Gateway gateway, String on, Limit limit) {
    return gateway.id() + ":" + on + ":" + limit.intervalSeconds() + ":" + limit.technique();
  }

  /** The request's metadata; an invalid header counts as none here (the data plane answers it with a 400). */
  private static Map<String, Object> metadata(HttpServerRequest request) {
    try {
      return Metadata.parse(request.getHeader(Metadata.HEADER));
    } catch (RuntimeException e) {
      return Map.of();
    }
  }
}
