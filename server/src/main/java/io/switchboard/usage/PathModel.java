package io.switchboard.usage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The model named by a request path, for responses and requests that carry none: Bedrock
 * {@code /model/{modelId}/...}, Google {@code .../models/{model}:generateContent}, Workers AI
 * {@code .../@cf/{author}/{model}}.
 */
final class PathModel {
  private PathModel() {
  }

  static String of(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    String p = stripQuery(path);
    String found = afterMarker(p, "/model/", '/');
    if (found == null) {
      found = afterMarker(p, "/models/", ':');
    }
    if (found == null) {
      found = workersAi(p);
    }
    return found == null || found.isEmpty() ? null : decode(found);
  }

  private static String stripQuery(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  private static String afterMarker(String p, String marker, char end) {
    int at = p.lastIndexOf(marker);
    if (at < 0) {
      return null;
    }
    String rest = p.substring(at + marker.length());
    int stop = rest.indexOf(end);
    int slash = rest.indexOf('/');
    if (slash >= 0 && (stop < 0 || slash < stop)) {
      stop = slash;
    }
    return stop < 0 ? rest : rest.substring(0, stop);
  }

  private static String workersAi(String p) {
    int at = p.indexOf("@cf/");
    if (at < 0) {
      at = p.indexOf("@hf/");
    }
    return at < 0 ? null : p.substring(at);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
