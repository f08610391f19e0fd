package io.switchboard.paging;

import java.util.List;

/** One page of a list and the total number of items across all pages. */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return total == 0 ? 0 : (total + request.perPage() - 1) / request.perPage();
  }
}
