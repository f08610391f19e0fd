package io.switchboard.metrics;

import io.switchboard.secrets.Redaction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the distinct values of one label: the first {@code max} distinct values are kept, cut to
 * {@link #MAX_LENGTH} characters and passed through {@link Redaction#text} (a model name is text a client
 * chose), each once when first seen; every later one becomes {@link #OTHER}, so that values a client
 * controls cannot grow the number of series without end.
 */
final class LabelCap {
  static final String OTHER = "other";
  static final String UNKNOWN = "unknown";
  static final int MAX_LENGTH = 100;
  private final int max;
  private final Map<String, String> labels = new ConcurrentHashMap<>();

  LabelCap(int max) {
    this.max = max;
  }

  String of(String value) {
    if (value == null || value.isEmpty()) {
      return UNKNOWN;
    }
    String label = labels.get(value);
    return label != null ? label : add(value);
  }

  private synchronized String add(String value) {
    if (labels.size() >= max) {
      return labels.getOrDefault(value, OTHER);
    }
    return labels.computeIfAbsent(value, v -> {
      String cut = v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH) : v;
      String clean = Redaction.text(cut);
      return clean == null || clean.isEmpty() ? UNKNOWN : clean;
    });
  }
}
