package io.switchboard.proxy;

import io.switchboard.cost.CustomCost;
import io.switchboard.log.Logs;
import io.switchboard.log.Metadata;
import io.switchboard.log.RequestLog;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/**
 * How one request is logged: on unless the gateway's {@code collect_logs} or the request's
 * {@code cf-aig-collect-log: false} turns it off; bodies kept unless
 * {@code cf-aig-collect-log-payload: false}; metadata from {@code cf-aig-metadata} (validated
 * before anything is sent, so a bad header is a 400). A request that is not logged still reaches the
 * metrics.
 */
record LogOptions(boolean collect, boolean payloads, Map<String, Object> metadata, CustomCost customCost) {

  static LogOptions of(Call call) {
    HttpServerRequest req = call.request();
    Map<String, Object> metadata = Metadata.parse(req.getHeader(Metadata.HEADER));
    boolean collect = call.gateway().settings().collectLogs() && !"false".equalsIgnoreCase(
        trim(req.getHeader("cf-aig-collect-log")));
    boolean payloads = !"false".equalsIgnoreCase(trim(req.getHeader("cf-aig-collect-log-payload")));
    return new LogOptions(collect, payloads, metadata, CustomCost.parse(req.getHeader("cf-aig-custom-cost")));
  }

  /** The request's log: stored when logging is on, else seen by the metrics only. */
  RequestLog start(Logs logs, Call call, Buffer body, String requestType) {
    HttpServerRequest req = call.request();
    String contentType = req.getHeader("content-type");
    if (!collect) {
      return RequestLog.unstored(logs, call.gateway().id(), call.requestId(), req.method().name(), requestType,
          RequestModel.of(body, contentType), customCost);
    }
    return new RequestLog(logs, call.gateway().id(), call.requestId(), call.eventId(), req.method().name(),
        req.getHeader("user-agent"), contentType, requestType, body, call.gateway().settings().authentication(),
        metadata, RequestModel.of(body, contentType), payloads, customCost);
  }

  static Forwarder.FailedAttempts failures(RequestLog log, Integer step, String provider, String path) {
    if (!log.observed()) {
      return Forwarder.FailedAttempts.NONE;
    }
    return (n, logId, startedAt, status, contentType, error) -> log.failedAttempt(
        new RequestLog.Attempt(logId, n, step, provider, path, startedAt), status, contentType, error);
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }
}
