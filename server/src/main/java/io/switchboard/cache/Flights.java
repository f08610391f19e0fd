package io.switchboard.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identical requests in flight in this process. The first request for a key becomes its leader and
 * goes upstream; later ones join and wait for the leader's outcome: the response it stored (they
 * replay it), or null when there is nothing to share (the leader's answer was not a complete 2xx,
 * was too large, or the leader's client went away), in which case each follower goes upstream
 * itself. A {@code cf-aig-skip-cache} refresh leads a flight too (it never follows one), so that a repeat
 * arriving before its entry is stored replays the new answer. Coalescing is per process; nodes sharing Redis
 * share entries, not flights.
 */
final class Flights {
  private final ConcurrentHashMap<String, CompletableFuture<CachedResponse>> inFlight = new ConcurrentHashMap<>();

  /** A new flight when none is under way for {@code key} (the caller leads), else the existing one. */
  Joined join(String key) {
    CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
    CompletableFuture<CachedResponse> existing = inFlight.putIfAbsent(key, mine);
    return existing == null ? new Joined(true, mine) : new Joined(false, existing);
  }

  /** The flight under way for {@code key}, or null. */
  CompletableFuture<CachedResponse> peek(String key) {
    return inFlight.get(key);
  }

  /** Ends the flight: followers get {@code outcome} (null: go upstream yourselves). */
  void land(String key, CompletableFuture<CachedResponse> flight, CachedResponse outcome) {
    inFlight.remove(key, flight);
    flight.complete(outcome);
  }

  int size() {
    return inFlight.size();
  }

  record Joined(boolean leader, CompletableFuture<CachedResponse> flight) {
  }
}
