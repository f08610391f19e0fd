package io.switchboard.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw-bytes index gives exactly the key of the recipe, scoped like it. */
class KeyAliasesTest {
  static final Buffer BODY = Buffer.buffer("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
  static final Buffer REORDERED = Buffer.buffer("{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"model\":\"m\"}");
  static final List<String> TENANT_A = CacheKey.credentials(MultiMap.caseInsensitiveMultiMap()
      .add("Authorization", "Bearer a").add("Content-Type", "application/json"));
  static final List<String> TENANT_B = CacheKey.credentials(MultiMap.caseInsensitiveMultiMap()
      .add("Authorization", "Bearer b"));

  private static String recipe(String gateway, Buffer body, List<String> credentials) {
    return CacheKey.of(gateway, "openai", "POST", "/chat", body, null, CacheKey.identity(credentials));
  }

  @Test
  void givesTheRecipesKeyBeforeAndAfterTheAliasIsKnown() {
    KeyAliases aliases = new KeyAliases(100);
    String expected = recipe("g", BODY, TENANT_A);
    assertThat(aliases.key("g", "openai", "POST", "/chat", BODY, null, TENANT_A)).isEqualTo(expected);
    assertThat(aliases.key("g", "openai", "POST", "/chat", BODY, null, TENANT_A)).isEqualTo(expected);
    assertThat(aliases.key("g", "openai", "POST", "/chat", REORDERED, null, TENANT_A)).isEqualTo(expected);
    assertThat(aliases.size()).isEqualTo(2);
  }

  @Test
  void identityAndGatewayStayPartOfEveryKey() {
    KeyAliases aliases = new KeyAliases(100);
    String a = aliases.key("g", "openai", "POST", "/chat", BODY, null, TENANT_A);
    String b = aliases.key("g", "openai", "POST", "/chat", BODY, null, TENANT_B);
    String other = aliases.key("h", "openai", "POST", "/chat", BODY, null, TENANT_A);
    String anonymous = aliases.key("g", "openai", "POST", "/chat", BODY, null, List.of());
    assertThat(List.of(a, b, other, anonymous)).doesNotHaveDuplicates();
    assertThat(b).isEqualTo(recipe("g", BODY, TENANT_B));
    assertThat(CacheKey.alias("g", "openai", "POST", "/chat", BODY, TENANT_A))
        .isNotEqualTo(CacheKey.alias("g", "openai", "POST", "/chat", BODY, TENANT_B));
  }

  @Test
  void customKeyIsScopedToTheCallerAndSkipsTheIndex() {
    KeyAliases aliases = new KeyAliases(100);
    String a = aliases.key("g", "openai", "POST", "/chat", BODY, "k1", TENANT_A);
    assertThat(aliases.key("g", "openai", "POST", "/other", REORDERED, "k1", TENANT_A)).isEqualTo(a);
    assertThat(aliases.key("g", "openai", "POST", "/chat", BODY, "k1", TENANT_B)).isNotEqualTo(a);
    assertThat(aliases.size()).isZero();
  }

  @Test
  void credentialLinesAreSortedLowerCasedAndIndependentOfHeaderOrder() {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("X-Api-Key", "k").add("authorization", "Bearer a")
        .add("cf-aig-metadata", "{}");
    MultiMap reordered = MultiMap.caseInsensitiveMultiMap().add("cf-aig-metadata", "{\"u\":1}")
        .add("Authorization", "Bearer a").add("x-api-key", "k");
    assertThat(CacheKey.identity(CacheKey.credentials(reordered)))
        .isEqualTo(CacheKey.identity(CacheKey.credentials(headers)));
    assertThat(CacheKey.identity(CacheKey.credentials(headers.copy().set("x-api-key", "other"))))
        .isNotEqualTo(CacheKey.identity(CacheKey.credentials(headers)));
    assertThat(CacheKey.credentials(headers)).containsExactly("authorization:Bearer a", "x-api-key:k");
  }

  @Test
  void isBounded() {
    KeyAliases aliases = new KeyAliases(8);
    for (int i = 0; i < 100; i++) {
      aliases.key("g", "openai", "POST", "/chat", Buffer.buffer("{\"n\":" + i + "}"), null, TENANT_A);
    }
    assertThat(aliases.size()).isLessThanOrEqualTo(8);
  }
}
