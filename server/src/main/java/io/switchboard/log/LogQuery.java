package io.switchboard.log;

import io.switchboard.paging.PageRequest;
import java.util.List;
import java.util.Set;

/** A validated logs query: filters (AND), free-text search, order and page. */
public record LogQuery(List<LogFilter> filters, String search, String orderBy, boolean ascending, PageRequest page) {
  public static final Set<String> LIST_ORDER = Set.of("created_at", "provider", "model", "model_type", "success",
      "cached");
  public static final Set<String> DELETE_ORDER = Set.of("created_at", "provider", "model", "model_type", "success",
      "cached", "cost", "tokens_in", "tokens_out", "duration", "feedback");

  public LogQuery {
    filters = List.copyOf(filters);
  }
}
