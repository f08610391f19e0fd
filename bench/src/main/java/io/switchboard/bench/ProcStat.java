package io.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, read from /proc. */
final class ProcStat {
  private static final long TICKS_PER_SECOND = ticksPerSecond();

  private ProcStat() {
  }

  /** utime + stime of the process (all its threads), in microseconds. */
  static long cpuMicros(long pid) {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    // Field 2 (comm) may hold spaces; the fields after its closing ')' are space-separated.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return ticks * 1_000_000L / TICKS_PER_SECOND;
  }

  /** VmRSS in KiB, or -1 when the process is gone. */
  static long rssKib(long pid) {
    return statusField(pid, "VmRSS:");
  }

  /** VmHWM (peak RSS) in KiB, or -1. */
  static long peakRssKib(long pid) {
    return statusField(pid, "VmHWM:");
  }

  private static long statusField(long pid, String name) {
    Path path = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(path)) {
      return -1;
    }
    for (String line : read(path).split("\n")) {
      if (line.startsWith(name)) {
        return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
      }
    }
    return -1;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static long ticksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return Long.parseLong(out);
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
