package io.switchboard.paging;

import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@code page} (from 1) and {@code per_page}. A page past the end is valid and empty:
 * Cloudflare's SDKs page until they get an empty result.
 */
public record PageRequest(int page, int perPage) {
  public long offset() {
    return (long) (page - 1) * perPage;
  }

  /** Parses query values (null = absent) against a list's default and maximum page size. */
  public static PageRequest parse(String page, String perPage, int defaultPerPage, int minPerPage, int maxPerPage) {
    List<FieldError> errors = new ArrayList<>();
    int p = number(page, "page", 1, 1, Integer.MAX_VALUE, errors);
    int pp = number(perPage, "per_page", defaultPerPage, minPerPage, maxPerPage, errors);
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
    return new PageRequest(p, pp);
  }

  private static int number(String raw, String name, int dflt, int min, int max, List<FieldError> errors) {
    if (raw == null || raw.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(raw.trim());
      if (n < min || n > max) {
        errors.add(FieldError.of(name, "must be between " + min + " and " + max + ", got " + n));
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(FieldError.of(name, "must be a whole number, got '" + raw + "'"));
      return dflt;
    }
  }
}
