package io.switchboard.proxy;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body whole (it may be sent more than once: retries, fallbacks), refusing more
 * than {@code max-body-bytes} with 413 as soon as the declared or received size exceeds it. The bytes
 * are taken from the process-wide {@link BodyLimits} budget as they arrive (a declared length at once,
 * into a buffer of that size) and given back when the response is over ({@link Call#end}); a body
 * that does not fit in what is left is refused with 503 and {@code Retry-After: 1}.
 */
final class BodyReader {
  private BodyReader() {
  }

  static Future<Buffer> read(Call call, BodyLimits limits) {
    HttpServerRequest request = call.request();
    long declared = -1;
    String header = request.getHeader("content-length");
    if (header != null) {
      try {
        declared = Long.parseLong(header.trim());
      } catch (NumberFormatException e) {
        return Future.failedFuture(GatewayException.of(ErrorCode.VALIDATION, "Invalid Content-Length"));
      }
      if (declared > limits.maxBodyBytes()) {
        return Future.failedFuture(tooLarge(limits));
      }
    }
    HeldBytes held = call.end().hold(limits);
    if (declared > 0 && !held.take(declared)) {
      return Future.failedFuture(busy(limits, declared));
    }
    Promise<Buffer> promise = Promise.promise();
    Buffer body = declared > 0 ? Buffer.buffer((int) declared) : Buffer.buffer();
    request.handler(chunk -> {
      long total = body.length() + (long) chunk.length();
      if (total > limits.maxBodyBytes()) {
        refuse(request, promise, tooLarge(limits));
        return;
      }
      if (total > held.bytes() && !held.take(total - held.bytes())) {
        refuse(request, promise, busy(limits, total));
        return;
      }
      body.appendBuffer(chunk);
    });
    request.exceptionHandler(promise::tryFail);
    request.endHandler(v -> promise.tryComplete(body));
    request.resume();
    return promise.future();
  }

  private static void refuse(HttpServerRequest request, Promise<Buffer> promise, GatewayException e) {
    request.handler(null);
    promise.tryFail(e);
  }

  private static GatewayException tooLarge(BodyLimits limits) {
    return GatewayException.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body larger than " + limits.maxBodyBytes()
        + " bytes (max-body-bytes)");
  }

  private static GatewayException busy(BodyLimits limits, long bytes) {
    if (bytes > limits.bufferedBytes()) {
      return GatewayException.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body of at least " + bytes
          + " bytes is larger than all the request bodies this gateway holds at once (" + limits.bufferedBytes()
          + " bytes, max-buffered-body-bytes)");
    }
    return GatewayException.of(ErrorCode.UNAVAILABLE, "The gateway holds as many request body bytes as it may ("
        + limits.bufferedBytes() + " bytes, max-buffered-body-bytes); retry shortly").withHeader("retry-after", "1");
  }
}
