package io.switchboard.cost;

import io.switchboard.usage.Usage;
import java.math.BigDecimal;

/**
 * Per-token rates and the one cost formula both pricing and custom cost use: uncached input at the
 * input rate, cache reads and writes at theirs, output at the output rate. Because
 * {@link Usage#inputTokens()} includes cache tokens, the uncached part is input less both cache
 * counts, so no cached token is charged twice.
 */
record Rates(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {

  /** Cost in USD, exact; null when the usage reports neither input nor output. */
  BigDecimal cost(Usage usage) {
    if (usage == null || !usage.hasTokens()) {
      return null;
    }
    BigDecimal total = times(usage.uncachedInputTokens(), input)
        .add(times(orZero(usage.cacheReadTokens()), cacheRead))
        .add(times(orZero(usage.cacheWriteTokens()), cacheWrite))
        .add(times(orZero(usage.outputTokens()), output));
    return total.signum() == 0 ? BigDecimal.ZERO : total.stripTrailingZeros();
  }

  private static BigDecimal times(long tokens, BigDecimal rate) {
    return tokens == 0 ? BigDecimal.ZERO : rate.multiply(BigDecimal.valueOf(tokens));
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
