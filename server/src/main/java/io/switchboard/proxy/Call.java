package io.switchboard.proxy;

import io.switchboard.gateway.Gateway;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * One admitted data-plane request: the client's request (possibly paused), its resolved gateway,
 * the path after {@code /v1/{account}/{gateway}} ("" or starting with '/'), its ids and start time,
 * and the end of its response ({@link ResponseEnd}).
 */
public record Call(HttpServerRequest request, Gateway gateway, String rest, String requestId, String eventId,
    long startedNanos, ResponseEnd end) {
  /** A call whose response's end is watched from now on. */
  public Call(HttpServerRequest request, Gateway gateway, String rest, String requestId, String eventId,
      long startedNanos) {
    this(request, gateway, rest, requestId, eventId, startedNanos, ResponseEnd.watch(request.response()));
  }

  // header names prepared once (hash and bytes computed ahead): they are set on every response
  public static final CharSequence LOG_ID = HttpHeaders.createOptimized("cf-aig-log-id");
  public static final CharSequence REQUEST_ID = HttpHeaders.createOptimized("cf-aig-request-id");
  public static final CharSequence EVENT_ID = HttpHeaders.createOptimized("cf-aig-event-id");
  public static final CharSequence STEP = HttpHeaders.createOptimized("cf-aig-step");
}
