package io.switchboard.proxy;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How large one data-plane request body may be ({@code max-body-bytes}) and how many bytes of request
 * bodies the whole process may hold at once ({@code max-buffered-body-bytes}). Bodies are kept whole
 * for the life of their request (a retry or fallback step sends them again), so without the second
 * bound a few concurrent large uploads, each within the first, would exhaust the heap and end the
 * process. One instance is shared by every event loop.
 */
public final class BodyLimits {
  private final long maxBodyBytes;
  private final long bufferedBytes;
  private final AtomicLong held = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  /** A body is one buffer, so {@code maxBodyBytes} is held to what one buffer can take (just under 2 GiB). */
  public BodyLimits(long maxBodyBytes, long bufferedBytes) {
    this.maxBodyBytes = Math.min(maxBodyBytes, Integer.MAX_VALUE - 8);
    this.bufferedBytes = bufferedBytes;
  }

  long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The bound on request body bytes held at once, all requests together. */
  public long bufferedBytes() {
    return bufferedBytes;
  }

  /** Takes {@code bytes} from the shared budget; false (nothing taken) when they do not fit. */
  boolean reserve(long bytes) {
    while (true) {
      long now = held.get();
      if (now + bytes > bufferedBytes) {
        refused.incrementAndGet();
        return false;
      }
      if (held.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  void release(long bytes) {
    held.addAndGet(-bytes);
  }

  /** Request body bytes held now. */
  public long held() {
    return held.get();
  }

  /** Request bodies refused because they did not fit (503, or 413 when larger than the whole bound). */
  public long refused() {
    return refused.get();
  }
}
