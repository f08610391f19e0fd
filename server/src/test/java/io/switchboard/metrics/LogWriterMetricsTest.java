package io.switchboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.log.LogEntry;
import io.switchboard.log.LogWriter;
import io.switchboard.testkit.InsertOnlyLogStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Queue depth, drops and failed writes of the log writer as /metrics shows them, against a stalled store. */
class LogWriterMetricsTest {

  @Test
  void aStalledStoreFillsTheQueueThenDropsAreCounted() throws InterruptedException {
    StalledStore store = new StalledStore(0);
    LogWriter writer = new LogWriter(store, id -> null, 10, 1, LogWriter.DEFAULT_TAKE_EVERY_MS);
    Metrics metrics = new Metrics();
    metrics.watch(writer);
    writer.offer(RequestMetricsTest.entry("g", "openai", "m", 200, null, null, null, false));
    assertThat(store.entered.await(5, TimeUnit.SECONDS)).as("the writer is stuck in insert").isTrue();
    for (int i = 0; i < 15; i++) {
      writer.offer(RequestMetricsTest.entry("g", "openai", "m", 200, null, null, null, false));
    }
    Scrape s = Scrape.parse(metrics.scrape());
    assertThat(s.sum("switchboard_log_queue_depth")).isEqualTo(10);
    assertThat(s.sum("switchboard_log_queue_capacity")).isEqualTo(10);
    assertThat(s.sum("switchboard_log_entries_dropped_total")).isEqualTo(5);
    assertThat(s.sum("switchboard_log_entries_written_total")).isZero();

    store.release.countDown();
    writer.close(5_000);
    s = Scrape.parse(metrics.scrape());
    assertThat(s.sum("switchboard_log_queue_depth")).isZero();
    assertThat(s.sum("switchboard_log_entries_written_total")).isEqualTo(11);
    assertThat(s.sum("switchboard_log_entries_dropped_total")).isEqualTo(5);
  }

  @Test
  void failedWritesAreCountedAndRetried() {
    StalledStore store = new StalledStore(2);
    store.release.countDown();
    LogWriter writer = new LogWriter(store, id -> null, 100, 10, LogWriter.DEFAULT_TAKE_EVERY_MS);
    Metrics metrics = new Metrics();
    metrics.watch(writer);
    writer.offer(RequestMetricsTest.entry("g", "openai", "m", 200, null, null, null, false));
    writer.close(5_000);
    Scrape s = Scrape.parse(metrics.scrape());
    assertThat(s.sum("switchboard_log_write_failures_total")).isEqualTo(2);
    assertThat(s.sum("switchboard_log_entries_written_total")).isEqualTo(1);
  }

  /** A store whose insert waits for {@code release} and fails its first {@code failures} calls. */
  static final class StalledStore extends InsertOnlyLogStore {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger failures;

    StalledStore(int failures) {
      this.failures = new AtomicInteger(failures);
    }

    @Override
    public int insert(List<LogEntry> batch, Map<String, LogCap> caps) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("store unavailable");
      }
      return batch.size();
    }
  }
}
