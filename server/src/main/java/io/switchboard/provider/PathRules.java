package io.switchboard.provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The path rules shared by most providers: plain append and version dedupe. */
final class PathRules {
  private static final Pattern VERSION_TAIL = Pattern.compile("(.*?)(/v\\d+[a-z0-9]*)");
  private static final Pattern VERSION_HEAD = Pattern.compile("/v\\d+[a-z0-9]*(/.*)?");

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
    Matcher m = VERSION_TAIL.matcher(base);
    if (m.matches() && startsWithVersion(rest)) {
      return new PathRule.Destination(m.group(1), rest);
    }
    return new PathRule.Destination(base, rest);
  }

  static boolean startsWithVersion(String rest) {
    return VERSION_HEAD.matcher(rest).matches();
  }
}
