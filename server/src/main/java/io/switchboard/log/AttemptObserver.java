package io.switchboard.log;

/**
 * Hears of every attempt of every data-plane request, whether or not it is logged (the metrics
 * listen here). Called on the event loop that served the request, so it must be cheap and never
 * block or throw. Entries it sees carry no bodies unless they are also being stored.
 */
public interface AttemptObserver {
  /** Listens to nothing. */
  AttemptObserver NONE = new AttemptObserver() {
    @Override
    public void ended(LogEntry entry) {
    }

    @Override
    public void firstByte(String gatewayId, String provider, long millis) {
    }
  };

  /** An attempt ended (relayed to its end, retried, fell back, or failed). */
  void ended(LogEntry entry);

  /** An upstream's response head reached the gateway {@code millis} after its attempt started. */
  void firstByte(String gatewayId, String provider, long millis);
}
