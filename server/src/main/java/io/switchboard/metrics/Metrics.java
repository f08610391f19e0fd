package io.switchboard.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.switchboard.log.AttemptObserver;
import io.switchboard.log.LogWriter;
import io.switchboard.proxy.BodyLimits;
import java.util.concurrent.atomic.AtomicInteger;

/** The process's metrics in one Prometheus registry: data-plane attempts, the log writer and the store. */
public final class Metrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final RequestMetrics requests;
  private final AtomicInteger storeUp = new AtomicInteger(1);

  public Metrics() {
    this(RequestMetrics.MAX_MODELS);
  }

  /** With at most {@code maxModels} distinct model labels (later ones become "other"). */
  public Metrics(int maxModels) {
    this.requests = new RequestMetrics(registry, maxModels);
    Gauge.builder("switchboard.store.up", storeUp, AtomicInteger::get)
        .description("1 when the last periodic store check succeeded, else 0").register(registry);
  }

  /** Hears of every data-plane attempt (give it to {@link io.switchboard.log.Logs}). */
  public AttemptObserver observer() {
    return requests;
  }

  /** Exposes the log writer's queue depth, capacity, drops, shed bodies, writes and failed writes. */
  public void watch(LogWriter writer) {
    Gauge.builder("switchboard.log.queue.depth", writer, LogWriter::depth)
        .description("Log entries waiting for the writer").register(registry);
    Gauge.builder("switchboard.log.queue.capacity", writer, LogWriter::capacity)
        .description("Most log entries that may wait (--log-queue-size)").register(registry);
    counter("switchboard.log.entries.dropped", writer, LogWriter::dropped, "Log entries dropped: queue full");
    counter("switchboard.log.bodies.shed", writer, LogWriter::bodiesShed,
        "Log entries queued without their bodies: too many body bytes queued");
    counter("switchboard.log.entries.written", writer, LogWriter::written, "Log entries stored");
    counter("switchboard.log.write.failures", writer, LogWriter::writeFailures,
        "Batch writes that failed and were retried");
  }

  /** Exposes the request body bytes held at once, their bound, and the bodies refused for lack of room. */
  public void watch(BodyLimits limits) {
    Gauge.builder("switchboard.request.body.bytes.held", limits, BodyLimits::held)
        .description("Request body bytes the data plane holds now, all requests together").register(registry);
    Gauge.builder("switchboard.request.body.bytes.limit", limits, BodyLimits::bufferedBytes)
        .description("Most request body bytes held at once (--max-buffered-body-bytes)").register(registry);
    FunctionCounter.builder("switchboard.request.bodies.refused", limits, BodyLimits::refused)
        .description("Request bodies refused for lack of room under --max-buffered-body-bytes").register(registry);
  }

  private void counter(String name, LogWriter writer, java.util.function.ToDoubleFunction<LogWriter> f,
      String description) {
    FunctionCounter.builder(name, writer, f).description(description).register(registry);
  }

  /** The result of the periodic store check. */
  public void storeReachable(boolean up) {
    storeUp.set(up ? 1 : 0);
  }

  /** Every metric in the Prometheus text format (0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  public MeterRegistry registry() {
    return registry;
  }
}
