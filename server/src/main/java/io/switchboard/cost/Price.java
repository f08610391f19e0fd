package io.switchboard.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * One priced model: USD per million tokens, exact. A missing cache-read or cache-write price means
 * those tokens cost the input price.
 *
 * @param source where the price was read (URL)
 * @param date when it was read (ISO date)
 */
public record Price(String provider, String model, List<String> aliases, BigDecimal input, BigDecimal output,
    BigDecimal cacheRead, BigDecimal cacheWrite, String source, String date) {

  private static final int PER_MILLION = 6;

  public Price {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** The per-token rates, exact (a million is a decimal point shift). */
  Rates perToken() {
    return new Rates(perToken(input), perToken(output), perToken(cacheRead == null ? input : cacheRead),
        perToken(cacheWrite == null ? input : cacheWrite));
  }

  private static BigDecimal perToken(BigDecimal perMillion) {
    return perMillion.movePointLeft(PER_MILLION);
  }
}
