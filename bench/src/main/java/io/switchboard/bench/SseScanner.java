package io.switchboard.bench;

import io.vertx.core.buffer.Buffer;

/**
 * Splits a server-sent event stream into events (across buffer boundaries) and, for each event that
 * carries {@code "x_sent_ns":N}, records the time since N.
 */
final class SseScanner {
  private static final String SENT = "\"x_sent_ns\":";
  private final StringBuilder pending = new StringBuilder();
  private int events;
  private boolean done;

  void feed(Buffer buf, long nowNanos, Samples delays) {
    pending.append(buf.toString());
    int end;
    while ((end = pending.indexOf("\n\n")) >= 0) {
      event(pending.substring(0, end), nowNanos, delays);
      pending.delete(0, end + 2);
    }
  }

  private void event(String event, long nowNanos, Samples delays) {
    if (event.startsWith("data: [DONE]")) {
      done = true;
      return;
    }
    int at = event.indexOf(SENT);
    if (at < 0) {
      return;
    }
    events++;
    int from = at + SENT.length();
    int to = from;
    while (to < event.length() && Character.isDigit(event.charAt(to))) {
      to++;
    }
    delays.add(nowNanos - Long.parseLong(event.substring(from, to)));
  }

  int events() {
    return events;
  }

  boolean done() {
    return done;
  }
}
