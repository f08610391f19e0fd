package io.switchboard.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.usage.Usage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingTest {
  private static final Pricing SHIPPED = Pricing.load();

  private static Usage usage(Long in, Long out, Long read, Long write) {
    return new Usage("m", in, out, read, write);
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void oneTokenAtFifteenCentsPerMillionIsExact() {
    BigDecimal cost = SHIPPED.cost("openai", "gpt-4o-mini", usage(1L, 0L, null, null));
    assertThat(cost.toPlainString()).isEqualTo("0.00000015");
  }

  @Test
  void tinyCostsAddUpExactly() {
    // 3 × 0.15/M + 7 × 0.60/M = 0.00000045 + 0.0000042
    assertThat(SHIPPED.cost("openai", "gpt-4o-mini", usage(3L, 7L, null, null))).isEqualByComparingTo("0.00000465");
  }

  @Test
  void openAiCachedTokensAreChargedOnceAtTheCacheRate() {
    // prompt 2006 of which 1920 cached, 300 out; gpt-4o 2.50 / 1.25 / 10.00 per M
    BigDecimal cost = SHIPPED.cost("openai", "gpt-4o-2024-08-06", usage(2006L, 300L, 1920L, null));
    BigDecimal expected = dec("86").multiply(dec("0.0000025")).add(dec("1920").multiply(dec("0.00000125")))
        .add(dec("300").multiply(dec("0.00001")));
    assertThat(cost).isEqualByComparingTo(expected).isEqualByComparingTo("0.005615");
  }

  @Test
  void anthropicCacheReadsAndWritesUseTheirOwnPrices() {
    // claude-sonnet-4-5: 3 in, 15 out, 0.30 read, 3.75 write; input 21 + 188086 written, 393 out
    BigDecimal cost = SHIPPED.cost("anthropic", "claude-sonnet-4-5-20250929", usage(21L + 188086L, 393L, 0L, 188086L));
    BigDecimal expected = dec("21").multiply(dec("0.000003")).add(dec("188086").multiply(dec("0.00000375")))
        .add(dec("393").multiply(dec("0.000015")));
    assertThat(cost).isEqualByComparingTo(expected).isEqualByComparingTo("0.7112805");
  }

  @Test
  void cacheWriteDefaultsToTheInputPrice() {
    Pricing p = Pricing.parse("{\"models\":[{\"provider\":\"x\",\"model\":\"m\",\"input\":\"2\",\"output\":\"4\"}]}");
    assertThat(p.cost("x", "m", usage(10L, 0L, 4L, 6L))).isEqualByComparingTo(dec("10").multiply(dec("0.000002")));
  }

  @Test
  void unknownModelOrUnknownTokensCostNothingKnown() {
    assertThat(SHIPPED.cost("openai", "no-such-model", usage(1L, 1L, null, null))).isNull();
    assertThat(SHIPPED.cost("openai", "gpt-4o", usage(null, null, null, null))).isNull();
    assertThat(SHIPPED.cost("openai", null, usage(1L, 1L, null, null))).isNull();
    assertThat(SHIPPED.cost("custom-mine", "gpt-4o", usage(1L, 1L, null, null))).isNull();
  }

  @Test
  void datedSnapshotsMatchTheirBaseButOtherVariantsDoNot() {
    assertThat(SHIPPED.find("openai", "gpt-4o-2024-08-06").model()).isEqualTo("gpt-4o");
    assertThat(SHIPPED.find("openai", "gpt-4o-mini-2024-07-18").model()).isEqualTo("gpt-4o-mini");
    assertThat(SHIPPED.find("openai", "GPT-4o").model()).isEqualTo("gpt-4o");
    assertThat(SHIPPED.find("anthropic", "claude-3-5-haiku-latest").model()).isEqualTo("claude-3-5-haiku");
    assertThat(SHIPPED.find("anthropic", "claude-opus-4-20250514").model()).isEqualTo("claude-opus-4");
    assertThat(SHIPPED.find("anthropic", "claude-opus-4-0").model()).isEqualTo("claude-opus-4");
    assertThat(SHIPPED.find("google-ai-studio", "models/gemini-2.5-flash").model()).isEqualTo("gemini-2.5-flash");
    assertThat(SHIPPED.find("grok", "grok-4-0709").model()).isEqualTo("grok-4");
    assertThat(SHIPPED.find("openai", "gpt-4o-realtime-preview")).isNull();
    assertThat(SHIPPED.find("anthropic", "claude-opus-4-9")).isNull();
  }

  @Test
  void providerAliasesBorrowPrices() {
    assertThat(SHIPPED.find("azure-openai", "gpt-4o-2024-11-20").model()).isEqualTo("gpt-4o");
    assertThat(SHIPPED.find("google-vertex-ai", "gemini-2.5-pro").provider()).isEqualTo("google-ai-studio");
  }

  @Test
  void theShippedFileCoversEveryRequiredProviderWithSourceAndDate() {
    Set<String> providers = SHIPPED.prices().stream().map(Price::provider).collect(Collectors.toSet());
    assertThat(providers).contains("openai", "anthropic", "google-ai-studio", "deepseek", "mistral", "groq", "cerebras",
        "grok", "workers-ai");
    for (Price p : SHIPPED.prices()) {
      assertThat(p.source()).as(p.model()).startsWith("https://");
      assertThat(p.date()).as(p.model()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void anOperatorFileOverridesAndExtends(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("prices.json");
    Files.writeString(file, """
        {"provider_aliases": {"custom-openai-proxy": "openai"},
         "models": [
          {"provider": "openai", "model": "gpt-4o", "input": "1", "output": "2"},
          {"provider": "custom-local", "model": "llama-local", "input": "0.000001", "output": 0.5}
        ]}""");
    Pricing p = Pricing.load(file);
    assertThat(p.cost("openai", "gpt-4o-2024-08-06", usage(1_000_000L, 1_000_000L, null, null)))
        .isEqualByComparingTo("3");
    assertThat(p.cost("custom-local", "llama-local", usage(1L, 2L, null, null))).isEqualByComparingTo("0.000001000001");
    assertThat(p.find("custom-openai-proxy", "gpt-4o-mini").model()).isEqualTo("gpt-4o-mini");
    assertThat(p.prices()).hasSize(SHIPPED.prices().size() + 1);
  }

  @Test
  void aBadOperatorFileNamesTheProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("prices.json");
    Files.writeString(file, "{\"models\":[{\"provider\":\"openai\",\"model\":\"x\",\"input\":\"-1\",\"output\":\"1\"}]}");
    assertThatThrownBy(() -> Pricing.load(file)).isInstanceOf(GatewayException.class)
        .hasMessageContaining("models[0].input").hasMessageContaining("non-negative")
        .satisfies(e -> assertThat(((GatewayException) e).code()).isEqualTo(ErrorCode.VALIDATION));
    for (String bad : List.of("[]", "{\"models\":{}}", "{\"models\":[{\"provider\":\"p\",\"input\":\"1\",\"output\":\"1\"}]}",
        "{\"models\":[{\"provider\":\"p\",\"model\":\"m\",\"input\":\"abc\",\"output\":\"1\"}]}", "{nope")) {
      assertThatThrownBy(() -> Pricing.parse(bad)).as(bad).isInstanceOf(GatewayException.class);
    }
    assertThatThrownBy(() -> Pricing.load(dir.resolve("missing.json"))).isInstanceOf(GatewayException.class)
        .hasMessageContaining("missing.json");
  }
}
