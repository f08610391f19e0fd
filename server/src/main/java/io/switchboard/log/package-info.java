/**
 * Log entries: what the data plane knows of each attempt ({@link io.switchboard.log.RequestLog}), the
 * bounded queue and batch writer that store them off the hot path, the query side of the logs and
 * analytics APIs, {@code cf-aig-metadata}, and payload compression. The SQL lives in {@code store}.
 */
package io.switchboard.log;
