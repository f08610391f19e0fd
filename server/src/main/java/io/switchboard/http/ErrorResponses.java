package io.switchboard.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.secrets.Redaction;
import io.switchboard.store.StoreException;
import io.vertx.core.http.HttpServerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that writes error JSON, in the two documented shapes: the data plane's
 * {@code AiGatewayError} (spec §12) and the management API's v4 envelope (spec §3.1). Unexpected
 * failures are logged here with their stack trace and answered without it.
 */
public final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {
  }

  /** Writes {@code {"success":false,"error":[{code,message}],"name":"AiGatewayError",...}}. */
  public static void aiGateway(HttpServerResponse response, Throwable failure) {
    GatewayException e = classify(failure);
    ObjectNode body = Json.object();
    body.put("success", false);
    body.putArray("result");
    body.putArray("messages");
    ObjectNode error = body.putArray("error").addObject();
    error.put("code", e.code().code());
    String message = Redaction.text(e.getMessage());
    error.put("message", message);
    body.put("name", "AiGatewayError");
    body.put("httpCode", e.status());
    body.put("internalCode", e.code().code());
    body.put("message", message);
    send(response, e, body);
  }

  /** Writes {@code {"success":false,"errors":[{code,message,path?}],"messages":[],"result":null}}. */
  public static void envelope(HttpServerResponse response, Throwable failure) {
    GatewayException e = classify(failure);
    ObjectNode body = Json.object();
    body.put("success", false);
    ArrayNode errors = body.putArray("errors");
    if (e.fieldErrors().isEmpty()) {
      errors.addObject().put("code", e.code().code()).put("message", Redaction.text(e.getMessage()));
    }
    for (FieldError f : e.fieldErrors()) {
      ObjectNode item = errors.addObject().put("code", e.code().code()).put("message", Redaction.text(f.message()));
      ArrayNode path = item.putArray("path");
      f.path().forEach(path::add);
    }
    body.putArray("messages");
    body.putNull("result");
    send(response, e, body);
  }

  private static GatewayException classify(Throwable failure) {
    if (failure instanceof GatewayException g) {
      return g;
    }
    if (failure instanceof StoreException) {
      LOG.warn("store unavailable: {}", Redaction.text(failure.getMessage()));
      return GatewayException.of(ErrorCode.UNAVAILABLE, "The store is unavailable; try again");
    }
    LOG.error("unexpected failure", redacted(failure));
    return GatewayException.of(ErrorCode.INTERNAL);
  }

  /** The failure as logged: its message and causes' messages redacted, its stack trace kept. */
  private static Throwable redacted(Throwable failure) {
    RuntimeException copy = new RuntimeException(failure.getClass().getName() + ": "
        + Redaction.text(failure.getMessage()), failure.getCause() == null ? null : redacted(failure.getCause()));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private static void send(HttpServerResponse response, GatewayException e, ObjectNode body) {
    if (response.headWritten() || response.closed()) {
      if (!response.ended() && !response.closed()) {
        response.reset();
      }
      return;
    }
    response.setStatusCode(e.status());
    e.headers().forEach(response::putHeader);
    response.putHeader("content-type", "application/json");
    response.end(Json.buffer(body));
  }
}
