package io.switchboard.http;

import io.switchboard.json.Json;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The listening server. {@code /v1/...} goes straight to the data plane (no router on the hot path);
 * {@code /healthz}, {@code /readyz} and the management API go through the router.
 */
public final class GatewayServer {
  private final Vertx vertx;
  private final Handler<HttpServerRequest> dataPlane;
  private final Router router;
  private HttpServer server;

  public GatewayServer(Vertx vertx, Handler<HttpServerRequest> dataPlane, Router router, BlockingExecutor blocking,
      BooleanSupplier storeReachable) {
    this.vertx = vertx;
    this.dataPlane = dataPlane;
    this.router = router;
    router.get("/healthz").order(-2).handler(ctx -> ctx.response().putHeader("content-type", "application/json")
        .end(Json.write(Json.object().put("status", "ok"))));
    router.get("/readyz").order(-1).handler(ctx -> blocking.run(storeReachable::getAsBoolean).onComplete(ar -> {
      boolean ready = ar.succeeded() && ar.result();
      ctx.response().setStatusCode(ready ? 200 : 503).putHeader("content-type", "application/json")
          .end(Json.write(Json.object().put("status", ready ? "ready" : "store unreachable")));
    }));
  }

  public Future<HttpServer> listen(String host, int port) {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(host)
        .setPort(port)
        .setHttp2ClearTextEnabled(true)
        .setHandle100ContinueAutomatically(true)
        .setTcpNoDelay(true)
        .setReuseAddress(true)
        .setMaxHeaderSize(64 * 1024);
    server = vertx.createHttpServer(options).requestHandler(this::route);
    return server.listen();
  }

  private void route(HttpServerRequest request) {
    if (request.path().startsWith("/v1/")) {
      dataPlane.handle(request);
    } else {
      router.handle(request);
    }
  }

  public int port() {
    return server.actualPort();
  }

  /** Stops accepting connections and lets in-flight requests finish within the grace period. */
  public Future<Void> shutdown(long graceMs) {
    return server == null ? Future.succeededFuture() : server.shutdown(graceMs, TimeUnit.MILLISECONDS);
  }
}
