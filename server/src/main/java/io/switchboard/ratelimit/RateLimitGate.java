package io.switchboard.ratelimit;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.http.ErrorResponses;
import io.switchboard.proxy.Call;
import io.switchboard.proxy.DataPlane;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data plane's rate-limit step, between gateway authentication and the provider handler: every
 * limit that applies (see {@link KeyedLimit}) is checked in order; the first that rejects answers
 * 429 (code 2003) with {@code Retry-After} in seconds, nothing is sent upstream and no log entry is
 * written (rejections are counted, {@link #rejected()}). A request rejected by a later limit still
 * counts against the earlier ones.
 */
public final class RateLimitGate implements DataPlane.GatewayHandler {
  private static final AtomicLong REJECTED = new AtomicLong();
  private final RateLimiter limiter;
  private final DataPlane.GatewayHandler next;

  public RateLimitGate(RateLimiter limiter, DataPlane.GatewayHandler next) {
    this.limiter = limiter;
    this.next = next;
  }

  /** Requests answered 429 by any gate of this process. */
  public static long rejected() {
    return REJECTED.get();
  }

  @Override
  public void handle(Call call) {
    List<KeyedLimit> limits = KeyedLimit.of(call.gateway(), call.request());
    if (limits.isEmpty()) {
      next.handle(call);
      return;
    }
    Future<Decision> decided = check(limits, 0);
    if (decided.isComplete()) {
      proceed(call, decided);
      return;
    }
    call.request().pause();
    Context context = Vertx.currentContext();
    decided.onComplete(ar -> {
      if (context == null || Vertx.currentContext() == context) {
        proceed(call, decided);
      } else {
        context.runOnContext(v -> proceed(call, decided));
      }
    });
  }

  private Future<Decision> check(List<KeyedLimit> limits, int i) {
    if (i == limits.size()) {
      return Future.succeededFuture(Decision.ALLOW);
    }
    KeyedLimit l = limits.get(i);
    return limiter.hit(l.key(), l.limit()).compose(d -> d.allowed() ? check(limits, i + 1) : Future.succeededFuture(d));
  }

  private void proceed(Call call, Future<Decision> decided) {
    if (decided.failed() || decided.result().allowed()) {
      next.handle(call);
      return;
    }
    REJECTED.incrementAndGet();
    call.request().resume();
    call.request().response().putHeader("retry-after", Long.toString(decided.result().retryAfterSeconds()));
    ErrorResponses.aiGateway(call.request().response(), GatewayException.of(ErrorCode.RATE_LIMITED));
  }
}
