package io.switchboard.provider;

import io.switchboard.error.GatewayException;
import java.util.Locale;

/**
 * The filters and order of a custom-provider list.
 *
 * @param enable     only providers with this {@code enable}, or null for all
 * @param beta       only providers with this {@code beta}, or null for all
 * @param search     case-insensitive substring of id, name or slug, or null
 * @param orderBy    the column to sort by
 * @param descending sort direction
 */
public record CustomProviderQuery(Boolean enable, Boolean beta, String search, Column orderBy, boolean descending) {

  /** The columns a list may be ordered by. */
  public enum Column { NAME, SLUG, ID, CREATED_AT, MODIFIED_AT }

  /** Parses query values (null = absent); {@code order_by} is {@code "<column> [ASC|DESC]"}, default name ASC. */
  public static CustomProviderQuery parse(String enable, String beta, String search, String orderBy) {
    Column column = Column.NAME;
    boolean descending = false;
    if (orderBy != null && !orderBy.isBlank()) {
      String[] parts = orderBy.trim().split("\\s+");
      column = column(parts[0]);
      if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
        throw GatewayException.invalid("order_by", "must be '<column> ASC' or '<column> DESC', got '" + orderBy + "'");
      }
      descending = parts.length == 2 && parts[1].equalsIgnoreCase("desc");
    }
    String term = search == null || search.isBlank() ? null : search.trim();
    return new CustomProviderQuery(bool("enable", enable), bool("beta", beta), term, column, descending);
  }

  private static Column column(String name) {
    for (Column c : Column.values()) {
      if (c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    throw GatewayException.invalid("order_by", "unknown column '" + name
        + "'; one of name, slug, id, created_at, modified_at");
  }

  private static Boolean bool(String field, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw GatewayException.invalid(field, "must be true or false, got '" + value + "'");
    };
  }
}
