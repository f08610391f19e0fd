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
  void splitsThisProcessByRoleAndSumsToItsTotal() {
    long pid = ProcessHandle.current().pid();
    var byRole = ProcStat.cpuMicrosByRole(pid);
    long total = ProcStat.cpuMicros(pid);
    assertThat(byRole).containsKey("other");
    long sum = byRole.values().stream().mapToLong(Long::longValue).sum();
    // Threads that ended no longer show in /proc/PID/task; the process total still counts them.
    assertThat(sum).isPositive().isLessThanOrEqualTo(total + 100_000);
  }

  @Test
  void aGoneProcessHasNoSplit() {
    assertThat(ProcStat.cpuMicrosByRole(Long.MAX_VALUE)).isEmpty();
  }
}
