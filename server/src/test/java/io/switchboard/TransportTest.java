package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.switchboard.testkit.TestGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** On Linux x86-64 the gateway runs on Netty's native epoll transport, and the start-up banner says which. */
class TransportTest {
  @Test
  void runsOnEpollOnLinuxAndSaysSo() {
    assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64"),
        "the native transport shipped is for Linux x86-64");
    try (TestGateway g = TestGateway.start()) {
      assertThat(g.switchboard().transportForDisplay()).isEqualTo("epoll (native)");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Main.banner(new PrintStream(out, true, StandardCharsets.UTF_8), g.switchboard());
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("  transport       epoll (native)");
    }
  }
}
