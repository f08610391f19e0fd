package io.switchboard.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HintTest {
  private final Hint hint = new Hint("usage", "response");

  private boolean matches(String json) {
    byte[] b = ("xx" + json).getBytes(StandardCharsets.UTF_8);
    return hint.matches(b, 2, b.length - 2);
  }

  @Test
  void aKeyWithAValueMatches() {
    assertThat(matches("{\"usage\":{\"prompt_tokens\":1}}")).isTrue();
    assertThat(matches("{\"usage\" :\n {}}")).isTrue();
    assertThat(matches("{\"usageMetadata\":{}}")).isTrue();
  }

  @Test
  void aNullValueOrAMereStringDoesNot() {
    assertThat(matches("{\"usage\":null,\"choices\":[]}")).isFalse();
    assertThat(matches("{\"type\":\"response.output_text.delta\",\"delta\":\"usage\"}")).isFalse();
    assertThat(matches("{\"choices\":[]}")).isFalse();
  }
}
