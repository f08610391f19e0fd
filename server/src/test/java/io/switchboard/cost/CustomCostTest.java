package io.switchboard.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.usage.Usage;
import org.junit.jupiter.api.Test;

class CustomCostTest {
  private static Usage usage(Long in, Long out, Long read, Long write) {
    return new Usage("m", in, out, read, write);
  }

  @Test
  void perTokenRatesStayExact() {
    CustomCost c = CustomCost.parse("{\"per_token_in\":0.000001,\"per_token_out\":0.000002}");
    assertThat(c.cost(usage(1L, 0L, null, null)).toPlainString()).isEqualTo("0.000001");
    assertThat(c.cost(usage(3L, 5L, null, null)).toPlainString()).isEqualTo("0.000013");
    assertThat(CustomCost.parse("{\"per_token_in\":1e-9,\"per_token_out\":0}").cost(usage(7L, 9L, null, null))
        .toPlainString()).isEqualTo("0.000000007");
  }

  @Test
  void withoutCacheRatesAllInputIsChargedAtTheInputRateOnce() {
    CustomCost c = CustomCost.parse("{\"per_token_in\":0.000001,\"per_token_out\":0.000002}");
    // 100 input of which 80 cache reads: still 100 × in, not 180
    assertThat(c.cost(usage(100L, 10L, 80L, null))).isEqualByComparingTo("0.00012");
  }

  @Test
  void cacheRatesApplyToCacheTokensAndTheRestAtTheInputRate() {
    CustomCost c = CustomCost.parse("{\"per_token_in\":0.000001,\"per_token_out\":0.000002,"
        + "\"per_cache_read_token\":0.0000001}");
    // 20 uncached × 1e-6 + 80 read × 1e-7 + 10 write × 1e-6 (defaults to in) + 10 out × 2e-6
    assertThat(c.cost(usage(110L, 10L, 80L, 10L))).isEqualByComparingTo("0.000058");
    CustomCost both = CustomCost.parse("{\"per_token_in\":0,\"per_token_out\":0,\"per_cache_read_token\":0,"
        + "\"per_cache_write_token\":0.000005}");
    assertThat(both.cost(usage(110L, 10L, 80L, 10L))).isEqualByComparingTo("0.00005");
  }

  @Test
  void totalCostIsTakenAsGiven() {
    CustomCost c = CustomCost.parse("{\"total_cost\": 0.0123}");
    assertThat(c.cost(usage(null, null, null, null))).isEqualByComparingTo("0.0123");
    assertThat(c.totalCost().toPlainString()).isEqualTo("0.0123");
  }

  @Test
  void noTokensNoCost() {
    CustomCost c = CustomCost.parse("{\"per_token_in\":1,\"per_token_out\":1}");
    assertThat(c.cost(usage(null, null, null, null))).isNull();
  }

  @Test
  void absentHeaderIsNoCustomCost() {
    assertThat(CustomCost.parse(null)).isNull();
    assertThat(CustomCost.parse("  ")).isNull();
  }

  @Test
  void badHeadersAreRejectedNamingTheHeaderAndTheProblem() {
    String[][] cases = {
        {"not json", "cf-aig-custom-cost"},
        {"[1,2]", "expected a JSON object"},
        {"{\"per_token_in\":0.1}", "per_token_out"},
        {"{\"per_token_in\":\"0.1\",\"per_token_out\":0.2}", "per_token_in must be a number"},
        {"{\"per_token_in\":-1,\"per_token_out\":0.2}", "must not be negative"},
        {"{\"per_token_input\":1,\"per_token_out\":0.2}", "unknown field 'per_token_input'"},
        {"{\"total_cost\":1,\"per_token_in\":1}", "total_cost cannot be combined"},
        {"{\"total_cost\":null}", "total_cost must be a number"}};
    for (String[] c : cases) {
      assertThatThrownBy(() -> CustomCost.parse(c[0])).as(c[0]).isInstanceOf(GatewayException.class)
          .hasMessageContaining("cf-aig-custom-cost").hasMessageContaining(c[1])
          .satisfies(e -> assertThat(((GatewayException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST_HEADER));
    }
  }
}
