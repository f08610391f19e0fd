package io.switchboard.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the distinct values of one label: the first {@code max} distinct values are kept as they
 * are (cut to {@link #MAX_LENGTH} characters); every later one becomes {@link #OTHER}, so that values
 * a client controls (a model name in a request body) cannot grow the number of series without end.
 */
final class LabelCap {
  static final String OTHER = "other";
  static final String UNKNOWN = "unknown";
  static final int MAX_LENGTH = 100;
  private final int max;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  LabelCap(int max) {
    this.max = max;
  }

  String of(String value) {
    if (value == null || value.isEmpty()) {
      return UNKNOWN;
    }
    String v = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    if (seen.contains(v)) {
      return v;
    }
    synchronized (this) {
      if (seen.size() < max) {
        seen.add(v);
        return v;
      }
    }
    return OTHER;
  }
}
