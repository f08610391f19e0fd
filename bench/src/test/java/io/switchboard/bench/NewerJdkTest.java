package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway's jar is built for Java 17 and is measured on newer JDKs too (bench/run --gateway-java): it
 * must start there without the "restricted method" warnings that JDK 22+ prints for native libraries
 * (Netty's epoll, SQLite's JNI) loaded without {@code Enable-Native-Access}.
 */
class NewerJdkTest {
  private static final Path JAR = Path.of("..", "server", "target", "switchboard.jar");

  @Test
  @Timeout(90)
  void theJarEnablesNativeAccessAndStartsCleanOnANewerJdk() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "the server jar is built (./mvnw verify)");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
    }
    Optional<Path> java = newerJava();
    assumeTrue(java.isPresent(), "a JDK 22 or later under /usr/lib/jvm");
    Path data = Files.createTempDirectory("switchboard-newer-jdk");
    Process p = new ProcessBuilder(java.get().toString(), "-XX:+UseSerialGC", "-Xmx128m", "-jar", JAR.toString(),
        "--port", "0", "--data-dir", data.toString()).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        if (line.contains("Switchboard is listening on")) {
          break;
        }
      }
    } finally {
      p.destroyForcibly().waitFor();
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    assertThat(lines).anyMatch(l -> l.contains("Switchboard is listening on"));
    assertThat(lines).noneMatch(l -> l.contains("restricted method"));
  }

  /** The java launcher of a JDK 22 or later (from its {@code release} file), if one is installed. */
  private static Optional<Path> newerJava() throws Exception {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(jvms)) {
      return dirs.filter(d -> feature(d) >= 22).map(d -> d.resolve("bin").resolve("java"))
          .filter(Files::isExecutable).findFirst();
    }
  }

  private static int feature(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(v.split("[.+-]")[0]);
        }
      }
    } catch (Exception e) {
      return 0;
    }
    return 0;
  }
}
