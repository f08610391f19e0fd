package io.switchboard.metrics;

import io.switchboard.auth.Tokens;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.http.ErrorResponses;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics}: every metric in the Prometheus text format. Open unless {@code --metrics-token}
 * is set, in which case {@code Authorization: Bearer <token>} is required (401 otherwise). The text is
 * rendered on a worker thread, off the event loop.
 */
public final class MetricsEndpoint implements Handler<RoutingContext> {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private final Metrics metrics;
  private final byte[] token;

  public MetricsEndpoint(Metrics metrics, String token) {
    this.metrics = metrics;
    this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (!authorized(ctx.request().getHeader("authorization"))) {
      ErrorResponses.envelope(ctx.response(), GatewayException.of(ErrorCode.AUTHENTICATION,
          "GET /metrics needs Authorization: Bearer <metrics-token>"));
      return;
    }
    ctx.vertx().executeBlocking(metrics::scrape, false).onComplete(ar -> {
      if (ar.failed()) {
        ErrorResponses.envelope(ctx.response(), ar.cause());
      } else {
        ctx.response().putHeader("content-type", CONTENT_TYPE).end(ar.result());
      }
    });
  }

  private boolean authorized(String header) {
    if (token == null) {
      return true;
    }
    String presented = Tokens.bearer(header);
    return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }
}
