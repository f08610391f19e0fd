package io.switchboard.provider;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splitting and checking the path segments that templated providers put into host names. */
final class Segments {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private Segments() {
  }

  /** The first {@code n} segments of a path (fewer when the path is shorter) and what follows them. */
  record Split(List<String> head, String tail) {
    String get(int i) {
      return i < head.size() ? head.get(i) : null;
    }
  }

  static Split split(String rest, int n) {
    List<String> head = new ArrayList<>();
    int pos = 0;
    while (head.size() < n && pos < rest.length()) {
      int start = rest.charAt(pos) == '/' ? pos + 1 : pos;
      int end = rest.indexOf('/', start);
      end = end < 0 ? rest.length() : end;
      if (end > start) {
        head.add(rest.substring(start, end));
      }
      pos = end;
    }
    return new Split(head, rest.substring(pos));
  }

  /** A segment used inside a host name: must be a lower-case DNS label. */
  static String label(String slug, String what, String value, String expected) {
    if (value == null || value.isEmpty()) {
      throw bad(slug + ": missing " + what + "; expected " + expected);
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (!DNS_LABEL.matcher(v).matches()) {
      throw bad(slug + ": " + what + " '" + value + "' is not a valid host name label (letters, digits and '-')");
    }
    return v;
  }

  /** Rejects {@code .} and {@code ..} segments (also percent-encoded): they would escape the base path. */
  static void rejectDotSegments(String rest) {
    int start = 0;
    while (start <= rest.length()) {
      int end = rest.indexOf('/', start);
      if (end < 0) {
        end = rest.length();
      }
      if (isDotSegment(rest, start, end)) {
        throw bad("The provider path must not contain '.' or '..' segments");
      }
      start = end + 1;
    }
  }

  /** Whether {@code s[from, to)} is one or two dots, each written {@code .} or {@code %2e} (any case). */
  private static boolean isDotSegment(String s, int from, int to) {
    int dots = 0;
    int i = from;
    while (i < to) {
      if (s.charAt(i) == '.') {
        i++;
      } else if (i + 3 <= to && s.charAt(i) == '%' && s.charAt(i + 1) == '2'
          && (s.charAt(i + 2) == 'e' || s.charAt(i + 2) == 'E')) {
        i += 3;
      } else {
        return false;
      }
      if (++dots > 2) {
        return false;
      }
    }
    return dots > 0;
  }

  static GatewayException bad(String message) {
    return GatewayException.of(ErrorCode.VALIDATION, message);
  }
}
