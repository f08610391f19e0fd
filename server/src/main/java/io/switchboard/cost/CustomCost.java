package io.switchboard.cost;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.usage.Usage;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The {@code cf-aig-custom-cost} request header: per-token USD rates that replace the price table for
 * one request ({@code custom_cost: true} on its log), or a fixed {@code total_cost}.
 *
 * <ul>
 *   <li>{@code {"per_token_in": 0.000001, "per_token_out": 0.000002}}: input × in + output × out.</li>
 *   <li>With {@code per_cache_read_token} and/or {@code per_cache_write_token}: cache tokens are charged
 *       at those rates (an omitted one defaults to {@code per_token_in}) and only the uncached input
 *       at {@code per_token_in}; a cached token is never charged twice.</li>
 *   <li>{@code {"total_cost": 0.01}}: that amount, whatever the usage.</li>
 * </ul>
 * Numbers are read from the header's text as exact decimals.
 */
public final class CustomCost {
  public static final String HEADER = "cf-aig-custom-cost";
  private static final Set<String> FIELDS = Set.of("per_token_in", "per_token_out", "per_cache_read_token",
      "per_cache_write_token", "total_cost");

  private final Rates rates;
  private final BigDecimal total;

  private CustomCost(Rates rates, BigDecimal total) {
    this.rates = rates;
    this.total = total;
  }

  /** Parses the header's value; null or blank gives null (no custom cost). */
  public static CustomCost parse(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    JsonNode root;
    try {
      root = Json.parseExact(header);
    } catch (GatewayException e) {
      throw bad(e.getMessage());
    }
    if (!root.isObject()) {
      throw bad("expected a JSON object, got " + Json.kind(root));
    }
    root.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        throw bad("unknown field '" + name + "' (expected " + String.join(", ", FIELDS.stream().sorted().toList())
            + ")");
      }
    });
    return root.has("total_cost") ? total(root) : perToken(root);
  }

  private static CustomCost total(JsonNode root) {
    if (root.size() > 1) {
      throw bad("total_cost cannot be combined with per-token rates");
    }
    return new CustomCost(null, rate(root, "total_cost"));
  }

  private static CustomCost perToken(JsonNode root) {
    if (!root.has("per_token_in") || !root.has("per_token_out")) {
      throw bad("per_token_in and per_token_out are both required (or total_cost alone)");
    }
    BigDecimal in = rate(root, "per_token_in");
    BigDecimal out = rate(root, "per_token_out");
    BigDecimal read = root.has("per_cache_read_token") ? rate(root, "per_cache_read_token") : in;
    BigDecimal write = root.has("per_cache_write_token") ? rate(root, "per_cache_write_token") : in;
    return new CustomCost(new Rates(in, out, read, write), null);
  }

  private static BigDecimal rate(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isNumber()) {
      throw bad(field + " must be a number, got " + Json.kind(node));
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() < 0) {
      throw bad(field + " must not be negative");
    }
    return value;
  }

  private static GatewayException bad(String problem) {
    return GatewayException.of(ErrorCode.BAD_REQUEST_HEADER, "Invalid " + HEADER + " header: " + problem);
  }

  /**
   * The cost in USD, exact: {@code total_cost} as given, else the rates applied to the usage (null
   * when the usage has no token counts). Without cache rates the whole input, cached or not, is
   * charged at {@code per_token_in}, which the defaults already give.
   */
  public BigDecimal cost(Usage usage) {
    if (total != null) {
      return total;
    }
    return rates.cost(usage);
  }

  /** The fixed total, or null for per-token rates. */
  public BigDecimal totalCost() {
    return total;
  }
}
