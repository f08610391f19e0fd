package io.switchboard.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The small parser agrees with Jackson: the same tree for valid JSON, null for what Jackson refuses. */
class UsageJsonTest {
  private static final List<String> VALID = List.of("{}", "[]", " { \"a\" : 1 } ", "{\"a\":-0.5e+3,\"b\":1E2,\"c\":0}",
      "{\"m\":\"gpt-4o\",\"u\":{\"p\":19,\"d\":{\"c\":0}},\"t\":true,\"f\":false,\"n\":null}",
      "{\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}", "{\"é\":\"ünïcødé 😀\"}",
      "{\"big\":123456789012345678901234567890,\"neg\":-9223372036854775808,\"l\":9223372036854775807}",
      "[1,\"x\",[2,[3]],{\"a\":[]}]", "\"text\"", "42", "{\"a\":{\"a\":{\"a\":{}}}}");
  private static final List<String> INVALID = List.of("", " ", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]",
      "{a:1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":tru}", "{\"a\":nul}",
      "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":1} x", "{\"a\":\"line\nbreak\"}", "[1 2]");

  private static JsonNode ours(String json) {
    byte[] b = ("<<" + json + ">>").getBytes(StandardCharsets.UTF_8);
    return UsageJson.parse(b, 2, b.length - 2);
  }

  private static JsonNode jackson(String json) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    return Json.tryParse(b, 0, b.length);
  }

  @Test
  void validJsonGivesJacksonsTree() {
    for (String json : VALID) {
      assertThat(ours(json)).as(json).isNotNull();
      assertThat(ours(json).toString()).as(json).isEqualTo(jackson(json).toString());
    }
  }

  @Test
  void aRepeatedNameKeepsTheLastValue() {
    // Jackson's mapper here refuses duplicates (no usage at all); the last value is as good a reading
    assertThat(ours("{\"a\":1,\"a\":2}").toString()).isEqualTo("{\"a\":2}");
  }

  @Test
  void invalidJsonIsNull() {
    for (String json : INVALID) {
      assertThat(ours(json)).as(json).isNull();
    }
  }

  @Test
  void nestingPastTheLimitIsNull() {
    String deep = "{\"a\":".repeat(UsageJson.MAX_DEPTH + 1) + "1" + "}".repeat(UsageJson.MAX_DEPTH + 1);
    assertThat(ours(deep)).isNull();
    String fine = "{\"a\":".repeat(UsageJson.MAX_DEPTH - 1) + "1" + "}".repeat(UsageJson.MAX_DEPTH - 1);
    assertThat(ours(fine)).isNotNull();
  }

  @Test
  void everyTruncationOfAValidDocumentIsNullOrAgreesWithJackson() {
    String json = "{\"id\":\"x\",\"model\":\"m\\u0041\",\"usage\":{\"prompt_tokens\":19,\"f\":1.25e-3,\"d\":{\"c\":0}},"
        + "\"ok\":true}";
    for (int n = 0; n < json.length(); n++) {
      String cut = json.substring(0, n);
      JsonNode mine = ours(cut);
      JsonNode theirs = jackson(cut);
      if (mine != null) {
        assertThat(theirs).as(cut).isNotNull();
        assertThat(mine.toString()).as(cut).isEqualTo(theirs.toString());
      }
    }
    Random random = new Random(11);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int k = 0; k < 2_000; k++) {
      byte[] mutated = bytes.clone();
      String noise = "{}[]\":,0-.e\\ax ";
      mutated[random.nextInt(mutated.length)] = (byte) noise.charAt(random.nextInt(noise.length()));
      JsonNode mine = UsageJson.parse(mutated, 0, mutated.length);
      JsonNode theirs = Json.tryParse(mutated, 0, mutated.length);
      if (mine != null) {
        assertThat(theirs).as(new String(mutated, StandardCharsets.UTF_8)).isNotNull();
        assertThat(mine.toString()).isEqualTo(theirs.toString());
      }
    }
  }
}
