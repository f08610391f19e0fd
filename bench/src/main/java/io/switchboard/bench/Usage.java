package io.switchboard.bench;

/**
 * CPU time a proxy process spent over a measured interval (utime + stime of all its threads from
 * /proc), with the interval's wall time. For the direct target there is no proxy: NaN.
 */
final class Usage {
  private final Child proxy;
  private final long cpuStart;
  private final long wallStart;
  private long cpuMicros = -1;
  private long wallMicros;

  private Usage(Child proxy) {
    this.proxy = proxy;
    this.cpuStart = proxy == null ? 0 : ProcStat.cpuMicros(proxy.pid());
    this.wallStart = System.nanoTime();
  }

  static Usage start(Child proxy) {
    return new Usage(proxy);
  }

  Usage stop() {
    wallMicros = (System.nanoTime() - wallStart) / 1000;
    if (proxy != null) {
      cpuMicros = ProcStat.cpuMicros(proxy.pid()) - cpuStart;
    }
    return this;
  }

  /** CPU microseconds per unit of work, NaN without a proxy or work. */
  double perUnit(long units) {
    return cpuMicros < 0 || units <= 0 ? Double.NaN : (double) cpuMicros / units;
  }

  /** Share of one core the proxy used, in percent. */
  double busyPercent() {
    return cpuMicros < 0 || wallMicros == 0 ? Double.NaN : 100.0 * cpuMicros / wallMicros;
  }
}
