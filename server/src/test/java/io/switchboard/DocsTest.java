package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.config.Option;
import io.switchboard.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The docs list every option and every error code, with the values the code uses. */
class DocsTest {
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void configurationListsEveryOption() throws IOException {
    String doc = Files.readString(DOCS.resolve("configuration.md"));
    for (Option o : Option.values()) {
      String dflt = o.defaultValue().isEmpty() ? "(empty)" : "`" + o.defaultValue() + "`";
      assertThat(doc).contains("| `--" + o.key() + "` | `" + o.envName() + "` | " + dflt + " | ");
    }
  }

  @Test
  void errorsListEveryCode() throws IOException {
    String doc = Files.readString(DOCS.resolve("errors.md"));
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(doc).contains("| " + c.status() + " | " + c.code() + " | " + c.message() + " |");
    }
  }
}
