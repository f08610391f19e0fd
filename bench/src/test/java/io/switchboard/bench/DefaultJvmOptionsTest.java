package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bench/run-logs measures the gateway as ./switchboard starts it: the two default JVM option lists stay alike. */
class DefaultJvmOptionsTest {
  private static final Pattern DEFAULT = Pattern.compile("\\$\\{JAVA_OPTS:-([^}]*)}");

  @Test
  void logBenchDefaultsAreTheLaunchScriptsDefaults() throws Exception {
    Path script = Path.of("..", "switchboard");
    if (!Files.exists(script)) {
      script = Path.of("switchboard");
    }
    Matcher m = DEFAULT.matcher(Files.readString(script));
    assertThat(m.find()).as("a ${JAVA_OPTS:-...} default in " + script).isTrue();
    assertThat(LogBenchOptions.parse(new String[0]).gatewayJvmOptions)
        .containsExactlyElementsOf(Arrays.asList(m.group(1).trim().split("\\s+")));
  }
}
