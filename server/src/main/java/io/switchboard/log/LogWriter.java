package io.switchboard.log;

import io.switchboard.log.LogStore.LogCap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write path of logs, off the hot path: the data plane offers entries to a bounded queue (never
 * blocking); one dedicated thread takes whatever is queued, up to {@code batchSize}, and stores it in one
 * transaction: once {@link #EARLY_TAKE} entries wait, or every {@code takeEveryMs} ({@code log-write-interval-ms},
 * 100 by default). Under load batches grow by themselves; an entry is written within that interval of arriving
 * when the store keeps up. The interval sets the batch size at moderate rates, and most of a batch's cost is fixed
 * (round trips, counts, rollups, commit): on PostgreSQL the writer spends about 10 µs per entry in batches of 100
 * and 4 µs in batches of 500 (docs/benchmarks.md, session 5). A full queue drops the entry, counted and reported.
 * A failed write is retried (the queue absorbs the wait). {@link #close()} drains everything queued.
 *
 * <p>What a crash (kill -9) can lose: the entries not yet committed, i.e. the batch being written
 * plus what is queued behind it, at most what arrived in the last interval plus one write.
 * At the rates the benchmark drives that is well under a second of traffic (CrashLossTest checks one
 * second); the hard bound is the queue capacity plus one batch.
 */
public final class LogWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LogWriter.class);
  /** The default of {@code log-write-interval-ms}: the longest the writer waits between takes. */
  public static final long DEFAULT_TAKE_EVERY_MS = 100;
  private final long takeEveryMs;
  /**
   * Entries that make the writer take the queue before the interval ends. Batches this large already spread the
   * fixed cost of a batch; larger ones would only keep more entries (and their bodies) alive across collections,
   * which cost the collector more than they save the writer (docs/benchmarks.md, session 5).
   */
  static final int EARLY_TAKE = 256;
  /** How often the writer looks at the queue's length between takes. */
  static final long LOOK_EVERY_MS = 10;
  private final LogStore store;
  private final Function<String, LogCap> caps;
  private final BlockingQueue<LogEntry> queue;
  private final int batchSize;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong queuedBodyBytes = new AtomicLong();
  private final AtomicLong bodiesShed = new AtomicLong();
  private final AtomicLong writeFailures = new AtomicLong();
  private final int capacity;
  /** Bodies that may wait in the queue, in bytes; past that entries are queued without bodies. */
  static final long MAX_QUEUED_BODY_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
  private final Thread thread;
  private volatile boolean closing;
  private volatile long lastDropWarning;

  public LogWriter(LogStore store, Function<String, LogCap> caps, int capacity, int batchSize, long takeEveryMs) {
    this.takeEveryMs = takeEveryMs;
    this.store = store;
    this.caps = caps;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.capacity = capacity;
    this.batchSize = batchSize;
    this.thread = new Thread(this::run, "switchboard-log-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues an entry; false (and counted) when the queue is full or the writer is closing. When the
   * bodies already queued exceed {@link #MAX_QUEUED_BODY_BYTES} the entry is queued without its
   * bodies (its metadata, tokens and cost are kept), so a slow store never exhausts the heap.
   */
  public boolean offer(LogEntry entry) {
    long bytes = bodyBytes(entry);
    if (bytes > 0 && queuedBodyBytes.get() + bytes > MAX_QUEUED_BODY_BYTES) {
      entry = withoutBodies(entry);
      bytes = 0;
      bodiesShed.incrementAndGet();
    }
    if (!closing && queue.offer(entry)) {
      queuedBodyBytes.addAndGet(bytes);
      return true;
    }
    long n = dropped.incrementAndGet();
    long now = System.currentTimeMillis();
    if (now - lastDropWarning > 10_000) {
      lastDropWarning = now;
      LOG.warn("log queue full: {} log entries dropped so far (queue capacity {})", n, capacity);
    }
    return false;
  }

  public int depth() {
    return queue.size();
  }

  public int capacity() {
    return capacity;
  }

  /** Batch writes that failed (each is retried). */
  public long writeFailures() {
    return writeFailures.get();
  }

  public long dropped() {
    return dropped.get();
  }

  /** Entries queued without their bodies because the queue held too many bytes. */
  public long bodiesShed() {
    return bodiesShed.get();
  }

  private static long bodyBytes(LogEntry e) {
    return (e.requestBody() == null ? 0 : e.requestBody().length())
        + (e.responseBody() == null ? 0 : e.responseBody().length());
  }

  private static LogEntry withoutBodies(LogEntry e) {
    return new LogEntry(e.id(), e.requestId(), e.eventId(), e.accountId(), e.gatewayId(), e.createdAtMillis(),
        e.provider(), e.model(), e.modelType(), e.method(), e.path(), e.attempt(), e.step(), e.durationMs(),
        e.statusCode(), e.success(), e.cached(), e.tokensIn(), e.tokensOut(), e.cacheReadTokens(),
        e.cacheWriteTokens(), e.cost(), e.customCost(), e.metadata(), e.requestType(), e.requestContentType(),
        e.responseContentType(), e.requestSize(), e.responseSize(), null, null, false, e.userAgent(),
        e.authenticated(), e.error(), e.dlpAction(), e.guardrail());
  }

  public long written() {
    return written.get();
  }

  /**
   * Takes what is queued once {@link #EARLY_TAKE} entries wait or {@code takeEveryMs} has passed since the last
   * take (at once while a full batch waits), looking every {@link #LOOK_EVERY_MS}, and writes it. The writer never
   * waits on the queue itself: were it parked in {@code poll}, every offer would wake it, one context switch per
   * entry on the core the event loop needs.
   */
  private void run() {
    List<LogEntry> batch = new ArrayList<>(batchSize);
    long lastTake = System.nanoTime();
    while (!closing || !queue.isEmpty()) {
      try {
        while (!closing && !due(lastTake)) {
          Thread.sleep(Math.min(LOOK_EVERY_MS, takeEveryMs));
        }
        lastTake = System.nanoTime();
        queue.drainTo(batch, batchSize);
        if (!batch.isEmpty()) {
          write(batch);
          batch.clear();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private boolean due(long lastTake) {
    int waiting = queue.size();
    return waiting >= Math.min(EARLY_TAKE, batchSize) || System.nanoTime() - lastTake >= takeEveryMs * 1_000_000;
  }

  private void write(List<LogEntry> batch) throws InterruptedException {
    Map<String, LogCap> capMap = new HashMap<>();
    for (LogEntry e : batch) {
      LogCap cap = caps.apply(e.gatewayId());
      if (cap != null) {
        capMap.put(e.gatewayId(), cap);
      }
    }
    for (long wait = 100; ; wait = Math.min(wait * 2, 5_000)) {
      try {
        store.insert(batch, capMap);
        written.addAndGet(batch.size());
        long bytes = 0;
        for (LogEntry e : batch) {
          bytes += bodyBytes(e);
        }
        queuedBodyBytes.addAndGet(-bytes);
        return;
      } catch (RuntimeException e) {
        writeFailures.incrementAndGet();
        LOG.warn("writing {} log entries failed, retrying in {} ms: {}", batch.size(), wait, e.getMessage());
        Thread.sleep(wait);
      }
    }
  }

  /** Stops taking entries and waits (up to {@code timeoutMs}) until every queued entry is stored. */
  public void close(long timeoutMs) {
    closing = true;
    try {
      thread.join(timeoutMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("log writer did not finish in {} ms; {} entries still queued", timeoutMs, queue.size());
    }
  }

  @Override
  public void close() {
    close(30_000);
  }
}
