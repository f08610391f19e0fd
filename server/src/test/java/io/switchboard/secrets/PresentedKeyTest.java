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
  void theSchemeWordIsDroppedInAnyCaseWithAnyWhitespace() {
    assertThat(presented("Bearer sk-1")).isEqualTo("sk-1");
    assertThat(presented("bearer \t sk-2")).isEqualTo("sk-2");
    assertThat(presented("KEY sk-3")).isEqualTo("sk-3");
    assertThat(presented("Token\tsk-4")).isEqualTo("sk-4");
    assertThat(presented("  Bearer sk-5  ")).isEqualTo("sk-5");
  }

  @Test
  void aValueWithoutASchemeWordIsTheKeyItself() {
    assertThat(presented("sk-6")).isEqualTo("sk-6");
    assertThat(presented("Bearersk-7")).isEqualTo("Bearersk-7");
    assertThat(presented("Bearer")).isEqualTo("Bearer");
    assertThat(presented("Basic abc")).isEqualTo("Basic abc");
  }

  @Test
  void noOrBlankHeaderPresentsNothing() {
    assertThat(presented(null)).isNull();
    assertThat(presented("   ")).isNull();
  }
}
