package io.switchboard.log;

import java.util.List;
import java.util.Set;

/**
 * One filter of the logs API (spec §6.3): {@code key}, {@code operator} and values. Several values
 * match when any one does; several filters must all match.
 */
public record LogFilter(String key, String operator, List<Object> values) {
  public static final Set<String> KEYS = Set.of("id", "created_at", "request_content_type", "response_content_type",
      "request_type", "success", "cached", "provider", "model", "model_type", "cost", "tokens", "tokens_in",
      "tokens_out", "duration", "feedback", "event_id", "metadata.key", "metadata.value", "authentication",
      "wholesale", "compatibilityMode", "dlp_action", "user_agent", "request_id", "status_code", "score");
  public static final Set<String> OPERATORS = Set.of("eq", "neq", "contains", "lt", "gt");

  public LogFilter {
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }
}
