package io.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A one-line description of the machine and the software under test. */
final class Machine {
  private Machine() {
  }

  static String describe() {
    return describe("java");
  }

  /** With the Java version of the gateway's launcher {@code gatewayJava} when it is not the bench's own. */
  static String describe(String gatewayJava) {
    String cpuinfo = read("/proc/cpuinfo");
    long cores = cpuinfo.lines().filter(l -> l.startsWith("processor")).count();
    String model = cpuinfo.lines().filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    String memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("?");
    return cores + " cores (" + model + "), " + memory + " memory, Linux " + read("/proc/sys/kernel/osrelease").trim()
        + ", Java " + System.getProperty("java.version") + gatewayJavaVersion(gatewayJava) + ", "
        + version(List.of("nginx", "-v"))
        + ", " + version(List.of("wrk", "-v")).split(" \\[")[0];
  }

  /** The 1-minute load average from /proc/loadavg, NaN when unreadable. */
  static double loadAverage() {
    String[] f = read("/proc/loadavg").trim().split(" ");
    try {
      return Double.parseDouble(f[0]);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String gatewayJavaVersion(String gatewayJava) {
    if (gatewayJava.equals("java")) {
      return "";
    }
    return " (the gateway and floors on " + version(List.of(gatewayJava, "-version")) + ")";
  }

  private static String version(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("").trim();
      p.waitFor();
      return out.replace("nginx version: ", "");
    } catch (IOException e) {
      return command.get(0) + " not found";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      return "";
    }
  }
}
