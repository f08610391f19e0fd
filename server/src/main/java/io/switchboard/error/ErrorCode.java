package io.switchboard.error;

/**
 * Every error Switchboard reports, with its HTTP status and numeric code.
 *
 * <p>Data-plane codes (2xxx) are Cloudflare AI Gateway's {@code internalCode}s; management codes
 * (7xxx, 10000) follow the Cloudflare v4 API. docs/errors.md lists them all.
 */
public enum ErrorCode {
  // data plane (AiGatewayError shape)
  GATEWAY_NOT_FOUND(400, 2001, "Please configure AI Gateway in the Cloudflare dashboard"),
  RATE_LIMITED(429, 2003, "Rate limited"),
  INVALID_PROVIDER(400, 2008, "Invalid provider"),
  UNAUTHORIZED(401, 2009, "Unauthorized"),
  BAD_CHAT_FORMAT(400, 2019, "Chat completion bad format"),
  BAD_REQUEST_HEADER(400, 2010, "Invalid request header"),
  BAD_UNIVERSAL_REQUEST(400, 2011, "Invalid universal request"),
  UPSTREAM_TIMEOUT(504, 2015, "Upstream request timed out"),
  UPSTREAM_UNREACHABLE(502, 2014, "Upstream provider unreachable"),
  BYOK_ALIAS_UNKNOWN(400, 2040, "Unknown BYOK alias"),
  BYOK_NO_CREDENTIALS(400, 2042, "No provider credentials"),
  BYOK_UNAVAILABLE(503, 2043, "Configured BYOK credentials are unavailable"),
  // shared
  NO_ROUTE(404, 7000, "No route for that URI"),
  VALIDATION(400, 7001, "Invalid request"),
  NOT_FOUND(404, 7002, "Not found"),
  CONFLICT(409, 7003, "Conflict"),
  METHOD_NOT_ALLOWED(405, 7004, "Method not allowed"),
  MALFORMED_JSON(400, 7005, "Malformed JSON"),
  PAYLOAD_TOO_LARGE(413, 7006, "Request body too large"),
  AUTHENTICATION(401, 10000, "Authentication error"),
  FORBIDDEN(403, 10001, "Unauthorized to access requested resource"),
  UNAVAILABLE(503, 7010, "Service unavailable"),
  INTERNAL(500, 7011, "Internal error");

  private final int status;
  private final int code;
  private final String message;

  ErrorCode(int status, int code, String message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  public int status() {
    return status;
  }

  public int code() {
    return code;
  }

  public String message() {
    return message;
  }
}
