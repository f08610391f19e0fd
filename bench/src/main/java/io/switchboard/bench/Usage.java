package io.switchboard.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time a proxy process spent over a measured interval (utime + stime of all its threads from
 * /proc), with the interval's wall time. For the direct target there is no proxy: NaN.
 */
final class Usage {
  private final Child proxy;
  private final long cpuStart;
  private final long wallStart;
  private final Map<Long, ProcStat.ThreadCpu> threadsStart;
  private Map<String, Long> rolesMicros = Map.of();
  private long cpuMicros = -1;
  private long wallMicros;

  private Usage(Child proxy) {
    this.proxy = proxy;
    this.cpuStart = proxy == null ? 0 : ProcStat.cpuMicros(proxy.pid());
    this.threadsStart = proxy == null ? Map.of() : ProcStat.cpuMicrosByThread(proxy.pid());
    this.wallStart = System.nanoTime();
  }

  static Usage start(Child proxy) {
    return new Usage(proxy);
  }

  Usage stop() {
    wallMicros = (System.nanoTime() - wallStart) / 1000;
    if (proxy != null) {
      cpuMicros = ProcStat.cpuMicros(proxy.pid()) - cpuStart;
      rolesMicros = spentByRole(threadsStart, ProcStat.cpuMicrosByThread(proxy.pid()));
    }
    return this;
  }

  /** CPU microseconds per unit of work, NaN without a proxy or work. */
  double perUnit(long units) {
    return cpuMicros < 0 || units <= 0 ? Double.NaN : (double) cpuMicros / units;
  }

  /**
   * Each thread's CPU over the interval, summed by {@link ProcStat#role}: threads started during it count
   * from zero; threads that ended during it are missing (their time is only in the process total).
   */
  static Map<String, Long> spentByRole(Map<Long, ProcStat.ThreadCpu> start, Map<Long, ProcStat.ThreadCpu> end) {
    Map<String, Long> byRole = new HashMap<>();
    end.forEach((tid, t) -> {
      ProcStat.ThreadCpu before = start.get(tid);
      long spent = t.micros() - (before == null ? 0 : before.micros());
      byRole.merge(ProcStat.role(t.comm()), Math.max(0, spent), Long::sum);
    });
    return byRole;
  }

  /**
   * CPU microseconds per unit by thread role ({@link ProcStat#role}), for a proxy whose threads have
   * roles (the gateway); empty otherwise.
   */
  Map<String, Double> perUnitByRole(long units) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (units > 0 && rolesMicros.containsKey("loop")) {
      for (String role : List.of("loop", "writer", "gc", "jit", "other")) {
        out.put(role, rolesMicros.getOrDefault(role, 0L) / (double) units);
      }
    }
    return out;
  }

  /** Share of one core the proxy used, in percent. */
  double busyPercent() {
    return cpuMicros < 0 || wallMicros == 0 ? Double.NaN : 100.0 * cpuMicros / wallMicros;
  }
}
