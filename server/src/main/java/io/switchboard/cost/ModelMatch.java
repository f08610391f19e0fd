package io.switchboard.cost;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a reported model id finds its price. Ids are compared trimmed and lower-cased, with a leading
 * {@code models/} removed. An exact id or alias wins; otherwise the longest priced id that the
 * requested id extends by a version suffix only: a date ({@code -2024-08-06}, {@code -20241022},
 * {@code @20240620}), a 3–4 digit snapshot ({@code -001}, {@code -2411}) or {@code -latest}, optionally
 * followed by a Bedrock-style {@code -v1:0}. So {@code gpt-4o-2024-08-06} prices as {@code gpt-4o},
 * but {@code gpt-4o-mini} never does.
 */
final class ModelMatch {
  private static final Pattern VERSION_SUFFIX = Pattern.compile(
      "(?:[-@](?:\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{3,4}|latest))?(?:-v\\d+(?::\\d+)?)?");

  private ModelMatch() {
  }

  static String normalise(String model) {
    if (model == null) {
      return null;
    }
    String m = model.trim().toLowerCase(Locale.ROOT);
    return m.startsWith("models/") ? m.substring("models/".length()) : m;
  }

  /** True when {@code requested} is {@code base} plus a version suffix (both normalised). */
  static boolean isVersionOf(String requested, String base) {
    if (requested.length() <= base.length() || !requested.startsWith(base)) {
      return false;
    }
    return VERSION_SUFFIX.matcher(requested.substring(base.length())).matches();
  }
}
