package io.switchboard.proxy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body whole (it may be sent more than once: retries, fallbacks), refusing more
 * than the configured limit with 413 as soon as the declared or received size exceeds it.
 */
final class BodyReader {
  private BodyReader() {
  }

  static Future<Buffer> read(HttpServerRequest request, long maxBytes) {
    String declared = request.getHeader("content-length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > maxBytes) {
          return Future.failedFuture(tooLarge(maxBytes));
        }
      } catch (NumberFormatException e) {
        return Future.failedFuture(GatewayException.of(ErrorCode.VALIDATION, "Invalid Content-Length"));
      }
    }
    Promise<Buffer> promise = Promise.promise();
    Buffer body = Buffer.buffer();
    request.handler(chunk -> {
      if (body.length() + chunk.length() > maxBytes) {
        request.handler(null);
        promise.tryFail(tooLarge(maxBytes));
        return;
      }
      body.appendBuffer(chunk);
    });
    request.exceptionHandler(promise::tryFail);
    request.endHandler(v -> promise.tryComplete(body));
    request.resume();
    return promise.future();
  }

  private static GatewayException tooLarge(long maxBytes) {
    return GatewayException.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body larger than " + maxBytes
        + " bytes (max-body-bytes)");
  }
}
