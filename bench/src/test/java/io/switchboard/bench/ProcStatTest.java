package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {
  @Test
  void threadNamesMapToRoles() {
    assertThat(ProcStat.role("vert.x-eventloo")).isEqualTo("loop");
    assertThat(ProcStat.role("switchboard-log")).isEqualTo("writer");
    assertThat(ProcStat.role("VM Thread")).isEqualTo("gc");
    assertThat(ProcStat.role("GC Thread#0")).isEqualTo("gc");
    assertThat(ProcStat.role("G1 Conc#0")).isEqualTo("gc");
    assertThat(ProcStat.role("C2 CompilerThre")).isEqualTo("jit");
    assertThat(ProcStat.role("C1 CompilerThre")).isEqualTo("jit");
    assertThat(ProcStat.role("main")).isEqualTo("other");
  }

  @Test
  void listsThisProcessThreadsWithinItsTotal() {
    long pid = ProcessHandle.current().pid();
    var threads = ProcStat.cpuMicrosByThread(pid);
    long total = ProcStat.cpuMicros(pid);
    assertThat(threads.values()).extracting(ProcStat.ThreadCpu::comm).contains("VM Thread");
    long sum = threads.values().stream().mapToLong(ProcStat.ThreadCpu::micros).sum();
    // Threads that ended no longer show in /proc/PID/task; the process total still counts them.
    assertThat(sum).isPositive().isLessThanOrEqualTo(total + 100_000);
  }

  @Test
  void spentByRoleCountsNewThreadsFromZeroAndNeverGoesNegative() {
    var start = java.util.Map.of(1L, new ProcStat.ThreadCpu("vert.x-eventloo", 1_000),
        2L, new ProcStat.ThreadCpu("C2 CompilerThre", 5_000));
    var end = java.util.Map.of(1L, new ProcStat.ThreadCpu("vert.x-eventloo", 4_000),
        3L, new ProcStat.ThreadCpu("switchboard-log", 700), 4L, new ProcStat.ThreadCpu("C2 CompilerThre", 200));
    // Thread 2 ended; thread 4 is a new compiler thread.
    assertThat(Usage.spentByRole(start, end)).containsOnly(java.util.Map.entry("loop", 3_000L),
        java.util.Map.entry("writer", 700L), java.util.Map.entry("jit", 200L));
  }

  @Test
  void aGoneProcessHasNoThreads() {
    assertThat(ProcStat.cpuMicrosByThread(Long.MAX_VALUE)).isEmpty();
  }
}
