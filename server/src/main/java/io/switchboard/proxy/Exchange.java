package io.switchboard.proxy;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * The upstream answer chosen to relay: its request (to cancel it), its paused response, the attempt
 * number (1-based), that attempt's log id and start time.
 */
record Exchange(HttpClientRequest request, HttpClientResponse response, int attempt, String logId,
    long startedAtMillis) {
  boolean succeeded() {
    return response.statusCode() < 400;
  }
}
