package io.switchboard.provider;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function made of a base URL, so that the data plane parses each base once and
 * not per request. Bases come from a bounded set (built-in, custom and overridden providers); should that
 * set still grow past {@link #MAX_ENTRIES}, the memo starts over. A null result is remembered too.
 */
final class Memo<V> {
  static final int MAX_ENTRIES = 4096;
  private static final Object NULL = new Object();
  private final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();
  private final Function<String, V> function;

  Memo(Function<String, V> function) {
    this.function = function;
  }

  @SuppressWarnings("unchecked")
  V get(String key) {
    Object v = values.get(key);
    if (v == null) {
      V computed = function.apply(key);
      v = computed == null ? NULL : computed;
      if (values.size() >= MAX_ENTRIES) {
        values.clear();
      }
      values.put(key, v);
    }
    return v == NULL ? null : (V) v;
  }
}
