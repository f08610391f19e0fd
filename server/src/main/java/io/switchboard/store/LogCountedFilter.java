package io.switchboard.store;

import io.switchboard.log.LogFilter;
import io.switchboard.log.LogQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters a logs list's total can take from the kept counts ({@code log_counts_by_outcome}) instead of a
 * count over the rows: equality on provider, model, success and cached, each at most once, and no search.
 *
 * @param providers the providers one of which an entry has (any when empty)
 * @param models    the models one of which an entry has (any when empty)
 * @param success   the success an entry has, or null for either
 * @param cached    the cached flag an entry has, or null for either
 */
record LogCountedFilter(List<String> providers, List<String> models, Boolean success, Boolean cached) {
  /** The query's counted filter, or null when it has a search or any filter the counts do not keep. */
  static LogCountedFilter of(LogQuery query) {
    if (query.search() != null && !query.search().isBlank() || query.filters().isEmpty()) {
      return null;
    }
    Map<String, List<String>> texts = new HashMap<>();
    Map<String, Boolean> flags = new HashMap<>();
    for (LogFilter f : query.filters()) {
      if (!f.operator().equals("eq") || f.values().isEmpty() || texts.containsKey(f.key())
          || flags.containsKey(f.key())) {
        return null;
      }
      boolean ok = switch (f.key()) {
        case "provider", "model" -> texts(f, texts);
        case "success", "cached" -> flag(f, flags);
        default -> false;
      };
      if (!ok) {
        return null;
      }
    }
    return new LogCountedFilter(texts.getOrDefault("provider", List.of()), texts.getOrDefault("model", List.of()),
        flags.get("success"), flags.get("cached"));
  }

  private static boolean texts(LogFilter f, Map<String, List<String>> texts) {
    List<String> strings = new ArrayList<>();
    for (Object v : f.values()) {
      if (!(v instanceof String text) || text.isEmpty()) {
        return false;
      }
      strings.add(text);
    }
    texts.put(f.key(), strings);
    return true;
  }

  /** One boolean for the key; both values mean either (stored as null). */
  private static boolean flag(LogFilter f, Map<String, Boolean> flags) {
    Set<Boolean> seen = new HashSet<>();
    for (Object v : f.values()) {
      Boolean b = LogWhere.bool(v);
      if (b == null) {
        return false;
      }
      seen.add(b);
    }
    flags.put(f.key(), seen.size() == 1 ? seen.iterator().next() : null);
    return true;
  }
}
