package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.provider.ProviderSpec;
import io.switchboard.provider.ProviderTable;
import io.vertx.core.MultiMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The provider key a request presents: its credential header without an auth scheme word. */
class PresentedKeyTest {
  private static final ProviderSpec OPENAI = new ProviderTable("acct", Map.of(), null).spec("openai");

  private static String presented(String authorization) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    if (authorization != null) {
      headers.set("authorization", authorization);
    }
    return Credentials.presented(OPENAI, headers);
  }

  @Test
  void theSchemeWordIsDroppedInAnyCaseWithAnyWhitespaceAndNothingElseIs() {
    String[][] cases = {
        {"Bearer sk-1", "sk-1"}, {"bearer \t sk-2", "sk-2"}, {"KEY sk-3", "sk-3"}, {"Token\tsk-4", "sk-4"},
        {"  Bearer sk-5  ", "sk-5"}, {"sk-6", "sk-6"}, {"Bearersk-7", "Bearersk-7"}, {"Bearer", "Bearer"},
        {"Basic abc", "Basic abc"}};
    for (String[] c : cases) {
      assertThat(presented(c[0])).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void noOrBlankHeaderPresentsNothing() {
    assertThat(presented(null)).isNull();
    assertThat(presented("   ")).isNull();
  }
}
