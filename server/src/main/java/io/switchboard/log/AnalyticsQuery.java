package io.switchboard.log;

import java.util.List;

/**
 * An analytics query over the rollups: a time range, a bucket size and the dimensions to group by.
 *
 * @param startMillis inclusive
 * @param endMillis   exclusive
 * @param bucketMinutes 1 (minute), 60 (hour) or 1440 (day)
 * @param groupBy     any of gateway, provider, model
 * @param gatewayId   only this gateway, or null for all
 * @param provider    only this provider, or null
 * @param model       only this model, or null
 */
public record AnalyticsQuery(long startMillis, long endMillis, int bucketMinutes, List<String> groupBy,
    String gatewayId, String provider, String model) {
  public AnalyticsQuery {
    groupBy = List.copyOf(groupBy);
  }
}
