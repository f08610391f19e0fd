/**
 * Prometheus metrics: {@code Metrics} (the Micrometer registry, the log writer's gauges and the store's
 * health), {@code RequestMetrics} (every data-plane attempt, logged or not, heard through
 * {@link io.switchboard.log.AttemptObserver}), {@code LabelCap} (bounds the distinct values of a label) and
 * {@code MetricsEndpoint} ({@code GET /metrics}, optionally behind a bearer token). docs/metrics.md lists
 * every family.
 */
package io.switchboard.metrics;
