package io.switchboard.bench;

/**
 * CPU time a proxy process spent over a measured interval (utime + stime of all its threads from
 * /proc), with the interval's wall time. For the direct target there is no proxy: NaN.
 */
final class Usage {
  private final Child proxy;
  private final long cpuStart;
  private final long wallStart;
  private final java.util.Map<String, Long> rolesStart;
  private java.util.Map<String, Long> rolesMicros = java.util.Map.of();
  private long cpuMicros = -1;
  private long wallMicros;

  private Usage(Child proxy) {
    this.proxy = proxy;
    this.cpuStart = proxy == null ? 0 : ProcStat.cpuMicros(proxy.pid());
    this.rolesStart = proxy == null ? java.util.Map.of() : ProcStat.cpuMicrosByRole(proxy.pid());
    this.wallStart = System.nanoTime();
  }

  static Usage start(Child proxy) {
    return new Usage(proxy);
  }

  Usage stop() {
    wallMicros = (System.nanoTime() - wallStart) / 1000;
    if (proxy != null) {
      cpuMicros = ProcStat.cpuMicros(proxy.pid()) - cpuStart;
      java.util.Map<String, Long> spent = new java.util.TreeMap<>();
      ProcStat.cpuMicrosByRole(proxy.pid()).forEach((role, us) -> spent.put(role, us - rolesStart.getOrDefault(role, 0L)));
      rolesMicros = spent;
    }
    return this;
  }

  /** CPU microseconds per unit of work, NaN without a proxy or work. */
  double perUnit(long units) {
    return cpuMicros < 0 || units <= 0 ? Double.NaN : (double) cpuMicros / units;
  }

  /**
   * CPU microseconds per unit by thread role ({@link ProcStat#role}), for a proxy whose threads have
   * roles (the gateway); empty otherwise.
   */
  java.util.Map<String, Double> perUnitByRole(long units) {
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    if (units > 0 && rolesMicros.size() > 1) {
      for (String role : java.util.List.of("loop", "writer", "gc", "jit", "other")) {
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
