package io.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-process cache's bound follows the heap, so a full cache cannot end the process. */
class CacheBoundTest {
  private static final long HEAP = Runtime.getRuntime().maxMemory();

  @Test
  void defaultsToAQuarterOfTheHeap() {
    assertThat(Settings.defaults().cacheMaxBytes()).isEqualTo(HEAP / 4);
  }

  @Test
  void keepsAnExplicitBoundUpToHalfTheHeap() {
    assertThat(settings(Long.toString(HEAP / 2)).cacheMaxBytes()).isEqualTo(HEAP / 2);
    assertThat(settings("0").cacheMaxBytes()).isZero();
  }

  @Test
  void refusesABoundOverHalfTheHeapNamingTheFix() {
    assertThatThrownBy(() -> settings(Long.toString(HEAP / 2 + 1)))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("cache-max-bytes (" + (HEAP / 2 + 1) + ") is more than half of the JVM's maximum heap")
        .hasMessageContaining("-Xmx");
  }

  @Test
  void refusesANonNumber() {
    assertThatThrownBy(() -> settings("lots")).isInstanceOf(SettingsException.class)
        .hasMessageContaining("cache-max-bytes must be a whole number");
  }

  private static Settings settings(String bytes) {
    return Settings.from(Map.of(Option.CACHE_MAX_BYTES, bytes), Map.of());
  }
}
