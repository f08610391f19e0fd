package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
  @Test
  void theGatewaysLauncherIsJavaOnThePathUnlessNamed() {
    assertThat(BenchOptions.parse(new String[0]).gatewayJava).isEqualTo("java");
    assertThat(BenchOptions.parse(new String[] {"--gateway-java", "/opt/jdk/bin/java"}).gatewayJava)
        .isEqualTo("/opt/jdk/bin/java");
  }

  @Test
  void theMachineLineNamesTheGatewaysRuntimeWhenItIsAnotherLauncher() {
    String own = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    assertThat(Machine.describe()).doesNotContain("the gateway and floors on");
    assertThat(Machine.describe(own)).contains("(the gateway and floors on ").contains(" version \"");
  }
}
