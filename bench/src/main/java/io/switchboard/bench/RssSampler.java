package io.switchboard.bench;

/** Samples a proxy's VmRSS every 100 ms on a daemon thread and keeps the largest value. */
final class RssSampler implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long maxKib = -1;

  RssSampler(Child proxy) {
    this.thread = new Thread(() -> {
      while (running && proxy != null) {
        maxKib = Math.max(maxKib, ProcStat.rssKib(proxy.pid()));
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "rss-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long maxKib() {
    return maxKib;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
