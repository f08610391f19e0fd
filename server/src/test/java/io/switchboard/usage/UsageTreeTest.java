package io.switchboard.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UsageTreeTest {
  private static JsonNode parse(String json) {
    byte[] b = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
    return UsageTree.parse(b, 2, b.length - 4);
  }

  @Test
  void keepsObjectsAndScalarsAndDropsNestedArrays() {
    JsonNode n = parse("{\"model\":\"m\",\"choices\":[{\"usage\":{\"prompt_tokens\":9}}],"
        + "\"usage\":{\"prompt_tokens\":19,\"big\":123456789012345678901234567890,\"f\":1.5,\"t\":true,\"n\":null,"
        + "\"d\":{\"cached_tokens\":3,\"list\":[1,2]}}}");
    assertThat(n.toString()).isEqualTo("{\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":19,"
        + "\"big\":123456789012345678901234567890,\"f\":1.5,\"t\":true,\"n\":null,\"d\":{\"cached_tokens\":3,\"list\":[]}}}");
  }

  @Test
  void aTopLevelArrayKeepsItsObjects() {
    assertThat(parse("[{\"a\":1},2,[3],{\"b\":[4]}]").toString()).isEqualTo("[{\"a\":1},2,[3],{\"b\":[]}]");
  }

  @Test
  void stringsWithBracketsQuotesAndEscapesAreKept() {
    assertThat(parse("{\"s\":\"a[b]\\\"{c\",\"x\":[\"]\\\"[\",{\"y\":[1]}],\"z\":1}").toString())
        .isEqualTo("{\"s\":\"a[b]\\\"{c\",\"x\":[],\"z\":1}");
  }

  @Test
  void whatIsNotAnObjectOrArrayOrIsBrokenIsNull() {
    assertThat(parse("\"text\"").isObject()).isFalse();
    assertThat(parse("{\"a\":")).isNull();
    assertThat(parse("[{\"a\":1}")).isNull();
    assertThat(parse("{\"a\":[1,2}")).isNull();
    assertThat(parse("{\"a\":\"open}")).isNull();
    assertThat(parse("")).isNull();
    assertThat(UsageTree.parse(null, 0, 0)).isNull();
  }
}
