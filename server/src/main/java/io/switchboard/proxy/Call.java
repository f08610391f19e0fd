package io.switchboard.proxy;

import io.switchboard.gateway.Gateway;
import io.vertx.core.http.HttpServerRequest;

/**
 * One admitted data-plane request: the client's request (possibly paused), its resolved gateway,
 * the path after {@code /v1/{account}/{gateway}} ("" or starting with '/'), its ids and start time.
 */
public record Call(HttpServerRequest request, Gateway gateway, String rest, String requestId, String eventId,
    long startedNanos) {
  public static final String LOG_ID = "cf-aig-log-id";
  public static final String REQUEST_ID = "cf-aig-request-id";
  public static final String EVENT_ID = "cf-aig-event-id";
  public static final String STEP = "cf-aig-step";
}
