package io.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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

  /** One thread's name as the kernel keeps it (15 characters) and its utime + stime in microseconds. */
  record ThreadCpu(String comm, long micros) {
  }

  /** Every thread of the process by thread id; empty when the process is gone. */
  static Map<Long, ThreadCpu> cpuMicrosByThread(long pid) {
    Map<Long, ThreadCpu> threads = new HashMap<>();
    try (var tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread ended between the listing and the read
        }
        String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        threads.put(Long.parseLong(task.getFileName().toString()),
            new ThreadCpu(comm, ticks * 1_000_000L / TICKS_PER_SECOND));
      }
    } catch (IOException e) {
      return Map.of();
    }
    return threads;
  }

  /**
   * What a JVM thread does, from its name as the kernel keeps it (15 characters): the event loop, the
   * log writer, the collector (the serial collector runs in the VM thread), the JIT compilers, or other.
   */
  static String role(String comm) {
    if (comm.startsWith("vert.x-eventloo") || comm.startsWith(NettyFloor.LOOP_THREAD)) {
      return "loop";
    }
    if (comm.startsWith("switchboard-log")) {
      return "writer";
    }
    if (comm.equals("VM Thread") || comm.startsWith("GC Thread") || comm.startsWith("G1 ")
        || comm.startsWith("Shenandoah") || comm.startsWith("ZWorker")) {
      return "gc";
    }
    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
      return "jit";
    }
    return "other";
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
