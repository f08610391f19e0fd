package io.switchboard.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.MultiMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderFalTargetTest {
  private final ProviderTable table = new ProviderTable(ProviderTableTest.ACCOUNT, Map.of(), null);

  private static MultiMap target(String url) {
    return MultiMap.caseInsensitiveMultiMap().add("X-Fal-Target-Url", url);
  }

  @ParameterizedTest(name = "{0} allowed")
  @CsvSource({
      "https://queue.fal.run/fal-ai/flux/dev, https://queue.fal.run/fal-ai/flux/dev",
      "https://fal.run/fal-ai/flux?sync=1, https://fal.run/fal-ai/flux?sync=1",
      "https://v3.fal.media/files/x.png, https://v3.fal.media/files/x.png",
      "https://QUEUE.FAL.RUN:443/a, https://queue.fal.run/a"})
  void allowsFalHosts(String header, String url) {
    assertThat(table.resolve("fal", "/ignored", null, target(header)).url()).isEqualTo(url);
  }

  @ParameterizedTest(name = "{0} denied")
  @ValueSource(strings = {"http://queue.fal.run/x", "https://evil.com/x", "https://fal.run.evil.com/x",
      "https://evilfal.run/x", "https://user@queue.fal.run/x", "https://queue.fal.run:8443/x", "not a url",
      "ftp://fal.run/x", "https://fal.media.evil/x", "/relative"})
  void deniesEverythingElseWith400NamingTheHeader(String header) {
    assertThatThrownBy(() -> table.resolve("fal", "/x", null, target(header)))
        .isInstanceOfSatisfying(GatewayException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST_HEADER);
          assertThat(e.getMessage()).contains("x-fal-target-url");
        });
  }

  @Test
  void clientQueryIsMergedWithTargetQuery() {
    assertThat(table.resolve("fal", "", "b=2", target("https://queue.fal.run/m?a=1")).url())
        .isEqualTo("https://queue.fal.run/m?a=1&b=2");
  }

  @Test
  void overrideReplacesTargetOrigin() {
    ProviderTable mocked = new ProviderTable(ProviderTableTest.ACCOUNT, Map.of("fal", "http://127.0.0.1:9000"), null);
    assertThat(mocked.resolve("fal", "", null, target("https://queue.fal.run/fal-ai/x/requests/1")).url())
        .isEqualTo("http://127.0.0.1:9000/fal-ai/x/requests/1");
  }
}
