package io.switchboard.error;

import java.util.List;
import java.util.Map;

/**
 * The one error type. Anything a client should see as an error is thrown or failed as this; anything
 * else that escapes becomes {@link ErrorCode#INTERNAL} without its stack trace.
 */
public final class GatewayException extends RuntimeException {
  private final ErrorCode code;
  private final List<FieldError> fieldErrors;
  private final Map<String, String> headers;

  public GatewayException(ErrorCode code, String message) {
    this(code, message, List.of(), Map.of());
  }

  public GatewayException(ErrorCode code, String message, List<FieldError> fieldErrors, Map<String, String> headers) {
    super(message == null ? code.message() : message, null, false, false);
    this.code = code;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.headers = Map.copyOf(headers);
  }

  public static GatewayException of(ErrorCode code) {
    return new GatewayException(code, code.message());
  }

  public static GatewayException of(ErrorCode code, String message) {
    return new GatewayException(code, message);
  }

  /** A validation failure naming each offending field. */
  public static GatewayException invalid(List<FieldError> errors) {
    String message = errors.isEmpty() ? ErrorCode.VALIDATION.message() : errors.get(0).message();
    return new GatewayException(ErrorCode.VALIDATION, message, errors, Map.of());
  }

  public static GatewayException invalid(String field, String message) {
    return invalid(List.of(FieldError.of(field, message)));
  }

  public GatewayException withHeader(String name, String value) {
    Map<String, String> merged = new java.util.HashMap<>(headers);
    merged.put(name, value);
    return new GatewayException(code, getMessage(), fieldErrors, merged);
  }

  public ErrorCode code() {
    return code;
  }

  public int status() {
    return code.status();
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** Turns any throwable into the error a client sees; unknown failures hide their detail. */
  public static GatewayException from(Throwable t) {
    if (t instanceof GatewayException g) {
      return g;
    }
    return of(ErrorCode.INTERNAL);
  }
}
