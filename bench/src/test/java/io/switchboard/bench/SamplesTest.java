package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {
  @Test
  void percentilesByNearestRank() {
    Samples s = new Samples();
    for (int i = 100; i >= 1; i--) {
      s.add(i * 1000L);
    }
    assertThat(s.percentileMicros(50)).isEqualTo(50.0);
    assertThat(s.percentileMicros(99)).isEqualTo(99.0);
    assertThat(s.percentileMicros(100)).isEqualTo(100.0);
    assertThat(new Samples().percentileMicros(50)).isNaN();
  }
}
