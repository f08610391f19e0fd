package io.switchboard.provider;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.provider.PathRule.Destination;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * fal: {@code /fal/{path}} → {@code https://fal.run/{path}}. The {@code x-fal-target-url} header,
 * when present, names the full target instead (for example {@code https://queue.fal.run/...}); it
 * must be an https URL on fal.run, *.fal.run or *.fal.media, else 400. An operator override
 * replaces the origin and keeps the target's path and query.
 */
final class FalRule implements PathRule {
  static final String TARGET_HEADER = "x-fal-target-url";

  @Override
  public Destination route(Input in) {
    String target = in.headers() == null ? null : in.headers().get(TARGET_HEADER);
    if (target != null) {
      URI uri = parse(target);
      String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      return new Destination(in.origin("https://" + uri.getHost().toLowerCase(Locale.ROOT)), path);
    }
    if (in.rest().isEmpty() || in.rest().equals("/")) {
      throw Segments.bad(in.slug() + ": missing model path; expected /fal/{model path} or an " + TARGET_HEADER
          + " header");
    }
    return new Destination(in.base(), in.rest());
  }

  private static URI parse(String target) {
    try {
      URI uri = new URI(target.trim());
      if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getFragment() == null
          && (uri.getPort() == -1 || uri.getPort() == 443) && allowedHost(uri.getHost())) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw GatewayException.of(ErrorCode.BAD_REQUEST_HEADER, "Invalid " + TARGET_HEADER
        + " header: it must be an https URL on fal.run, *.fal.run or *.fal.media");
  }

  static boolean allowedHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("fal.run") || h.endsWith(".fal.run") || h.endsWith(".fal.media");
  }
}
