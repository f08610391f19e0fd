package io.switchboard.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.error.GatewayException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** tryParse reads upstream bodies without throwing; a repeated key keeps its last value (parse still refuses it). */
class JsonTryParseTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRepeatedKeyKeepsItsLastValue() {
    byte[] b = bytes("xx{\"usage\":{\"prompt_tokens\":1,\"prompt_tokens\":7}}yy");
    assertThat(Json.tryParse(b, 2, b.length - 4).at("/usage/prompt_tokens").asInt()).isEqualTo(7);
    assertThatThrownBy(() -> Json.parse(bytes("{\"a\":1,\"a\":2}"))).isInstanceOf(GatewayException.class);
  }

  @Test
  void malformedEmptyOrTrailingInputIsNull() {
    for (String s : new String[] {"{\"a\":", "", "{} {}", "not json"}) {
      byte[] b = bytes(s);
      assertThat(Json.tryParse(b, 0, b.length)).as(s).isNull();
    }
    assertThat(Json.tryParse(null, 0, 0)).isNull();
  }
}
