package io.switchboard.provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The path rules shared by most providers: plain append and version dedupe. */
final class PathRules {
  private static final Pattern VERSION_TAIL = Pattern.compile("(.*?)(/v\\d+[a-z0-9]*)");

  private PathRules() {
  }

  /** {@code base + rest}. */
  static final PathRule APPEND = in -> new PathRule.Destination(in.base(), in.rest());

  /**
   * For a base ending in a version ({@code .../v1}): {@code rest} is appended, except that when rest
   * itself starts with a version segment ({@code /v1/...}, {@code /v2/...}, {@code /v1beta/...}) it
   * replaces the base's. So {@code /grok/chat/completions} and {@code /grok/v1/chat/completions} both
   * reach {@code https://api.x.ai/v1/chat/completions}.
   */
  static final PathRule VERSIONED = in -> dedupe(in.base(), in.rest());

  static PathRule.Destination dedupe(String base, String rest) {
    if (startsWithVersion(rest)) {
      String unversioned = UNVERSIONED.get(base);
      if (unversioned != null) {
        return new PathRule.Destination(unversioned, rest);
      }
    }
    return new PathRule.Destination(base, rest);
  }

  /** {@code /v} + digits + lower-case letters or digits, then the end or a slash. */
  static boolean startsWithVersion(String rest) {
    if (rest.length() < 3 || rest.charAt(0) != '/' || rest.charAt(1) != 'v' || !isDigit(rest.charAt(2))) {
      return false;
    }
    int i = 3;
    while (i < rest.length() && (isDigit(rest.charAt(i)) || (rest.charAt(i) >= 'a' && rest.charAt(i) <= 'z'))) {
      i++;
    }
    return i == rest.length() || rest.charAt(i) == '/';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Base URLs without their version tail ("" when they have none), remembered per base (a bounded set). */
  private static final Memo<String> UNVERSIONED = new Memo<>(base -> {
    Matcher m = VERSION_TAIL.matcher(base);
    return m.matches() ? m.group(1) : null;
  });
}
