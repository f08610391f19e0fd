package io.switchboard.proxy;

/**
 * What one request holds of the process-wide {@link BodyLimits} budget: its body as read, and the
 * response bytes captured for its log entry or cache entry. Everything goes back at once, when the
 * response is over ({@link ResponseEnd}). Used on the request's event loop only.
 */
final class HeldBytes {
  private final BodyLimits limits;
  private long bytes;
  private boolean released;

  HeldBytes(BodyLimits limits) {
    this.limits = limits;
  }

  long bytes() {
    return bytes;
  }

  /** Takes {@code more} bytes; false (nothing taken) when they do not fit or the response is over. */
  boolean take(long more) {
    if (released || !limits.reserve(more)) {
      return false;
    }
    bytes += more;
    return true;
  }

  void releaseAll() {
    if (!released) {
      released = true;
      limits.release(bytes);
    }
  }
}
