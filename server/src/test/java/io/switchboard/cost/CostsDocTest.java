package io.switchboard.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/costs.md lists every shipped price as it is in pricing.json. */
class CostsDocTest {
  @Test
  void everyPricedModelIsListed() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "costs.md"));
    for (Price p : Pricing.load().prices()) {
      assertThat(doc).contains("| `" + p.provider() + "` | `" + p.model() + "` | " + p.input().toPlainString() + " | "
          + p.output().toPlainString() + " | ");
    }
  }
}
