package io.switchboard.gateway;

import java.util.Locale;
import java.util.regex.Pattern;

/** Gateway id rules: 1 to 64 characters of {@code [a-z0-9][a-z0-9_-]*}, case-insensitive. */
public final class GatewayId {
  public static final String DEFAULT = "default";
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private GatewayId() {
  }

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(normalize(id)).matches();
  }

  public static String normalize(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Why an id is invalid, for the validation error. */
  public static String problem(String id) {
    if (id.isEmpty()) {
      return "must not be empty";
    }
    if (id.length() > 64) {
      return "must be at most 64 characters, got " + id.length();
    }
    return "must start with a letter or digit and contain only letters, digits, '-' and '_'";
  }
}
