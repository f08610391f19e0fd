package io.switchboard.bench;

import java.util.List;
import java.util.Map;

/** One measured line per target and case; latencies and CPU in microseconds, RSS in KiB. */
final class Rows {
  private Rows() {
  }

  /** Fixed-concurrency load driven by wrk (non-streaming requests, or whole 20-event streams). */
  record Load(Target target, Wrk.Result wrk, double cpuPerRequest, double busyPercent, long rssKib,
      Map<String, Double> cpuByRole) {
    boolean clean() {
      return wrk.errors() == 0 && wrk.requests() > 0;
    }
  }

  /** The stream CPU case for one way of writing events (see {@link MockOpenAi#chunkDelayMs}). */
  record StreamSet(long delayMs, List<Load> rows) {
    String label() {
      return delayMs < 0 ? "whole stream in one write" : "events " + delayMs + " ms apart";
    }
  }

  /** Streams one at a time: time from sending the request to the first body byte. */
  record Ttfb(Target target, long streams, long errors, double p50, double p99, String firstError) {
    boolean clean() {
      return errors == 0 && streams > 0;
    }
  }

  /** Many concurrent slow streams: delay of each event since the mock wrote it, proxy RSS and CPU. */
  record Many(Target target, int concurrency, long streams, long errors, double delayP50, double delayP99,
      long maxRssKib, double cpuPerStream, String firstError) {
    boolean clean() {
      return errors == 0 && streams > 0;
    }
  }
}
