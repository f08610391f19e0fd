package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.InsertOnlyLogStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** When the writer takes the queue: once {@link LogWriter#EARLY_TAKE} entries wait, else at the interval. */
class LogWriterTakeTest {
  private static final long LONG_INTERVAL_MS = 10_000;

  @Test
  void enoughWaitingEntriesAreTakenBeforeTheIntervalEnds() throws InterruptedException {
    Recording store = new Recording();
    LogWriter writer = new LogWriter(store, id -> null, 10_000, 2000, LONG_INTERVAL_MS);
    for (int i = 0; i < LogWriter.EARLY_TAKE; i++) {
      writer.offer(LogStoreCapTest.entry("g", i, null));
    }
    for (int i = 0; i < 200 && store.batches.isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertThat(store.batches).as("taken within 2 s, not after the 10 s interval").hasSize(1);
    assertThat(store.batches.get(0)).isEqualTo(LogWriter.EARLY_TAKE);
    writer.close(5_000);
  }

  @Test
  void aFewEntriesWaitForTheIntervalAndAClosingWriterStoresThem() throws InterruptedException {
    Recording store = new Recording();
    LogWriter writer = new LogWriter(store, id -> null, 10_000, 2000, LONG_INTERVAL_MS);
    writer.offer(LogStoreCapTest.entry("g", 1, null));
    Thread.sleep(300);
    assertThat(store.batches).isEmpty();
    writer.close(5_000);
    assertThat(store.batches).containsExactly(1);
  }

  /** Records the size of each batch it is given. */
  private static final class Recording extends InsertOnlyLogStore {
    final List<Integer> batches = new CopyOnWriteArrayList<>();

    @Override
    public int insert(List<LogEntry> batch, Map<String, LogCap> caps) {
      batches.add(batch.size());
      return batch.size();
    }
  }
}
