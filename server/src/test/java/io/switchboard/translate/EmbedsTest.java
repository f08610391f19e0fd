package io.switchboard.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.translate.kit.Embeds;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmbedsTest {
  @Test
  void base64IsLittleEndianFloat32() {
    String encoded = Embeds.base64(Json.parse("[1.0, -2.5, 0.1]"));
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(bytes.remaining()).isEqualTo(12);
    assertThat(bytes.getFloat()).isEqualTo(1.0f);
    assertThat(bytes.getFloat()).isEqualTo(-2.5f);
    assertThat(bytes.getFloat()).isEqualTo(0.1f);
    assertThat(encoded).isEqualTo("AACAPwAAIMDNzMw9");
  }
}
