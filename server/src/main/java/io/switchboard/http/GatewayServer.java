package io.switchboard.http;

import io.switchboard.json.Json;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The listening server: one instance per event loop, all on the same port. {@code /v1/...} goes
 * straight to the data plane (no router on the hot path); {@code /healthz}, {@code /readyz},
 * {@code /metrics} and the management API go through the router. Each instance builds its own data-plane handler on its own
 * event loop, so that upstream connections live on the loop that uses them.
 */
public final class GatewayServer {
  private final Vertx vertx;
  private final Supplier<Handler<HttpServerRequest>> dataPlanes;
  private final Supplier<Router> routers;
  private final BlockingExecutor blocking;
  private final BooleanSupplier storeReachable;
  private final Handler<RoutingContext> metrics;
  private final AtomicInteger port = new AtomicInteger();
  private String deployment;

  public GatewayServer(Vertx vertx, Supplier<Handler<HttpServerRequest>> dataPlanes, Supplier<Router> routers,
      BlockingExecutor blocking, BooleanSupplier storeReachable, Handler<RoutingContext> metrics) {
    this.vertx = vertx;
    this.metrics = metrics;
    this.dataPlanes = dataPlanes;
    this.routers = routers;
    this.blocking = blocking;
    this.storeReachable = storeReachable;
  }

  public Future<String> listen(String host, int requestedPort, int instances, long graceMs) {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(host)
        .setPort(requestedPort)
        .setHttp2ClearTextEnabled(true)
        // Every write to a response happens on its connection's event loop (store calls come back to it through
        // Vert.x futures), so a connection can write straight to Netty instead of through a thread-safe queue:
        // about 17 MiB less RSS with 1,000 streams open (docs/benchmarks.md, session 6).
        .setStrictThreadMode(true)
        .setHandle100ContinueAutomatically(true)
        .setTcpNoDelay(true)
        .setReuseAddress(true)
        .setMaxHeaderSize(64 * 1024);
    return vertx.deployVerticle(() -> new Instance(options, graceMs),
        new DeploymentOptions().setInstances(instances)).onSuccess(id -> deployment = id);
  }

  public int port() {
    return port.get();
  }

  /** Stops accepting connections and lets in-flight requests finish within the grace period. */
  public Future<Void> shutdown() {
    return deployment == null ? Future.succeededFuture() : vertx.undeploy(deployment);
  }

  private void health(Router router) {
    router.get("/healthz").order(-2).handler(ctx -> ctx.response().putHeader("content-type", "application/json")
        .end(Json.write(Json.object().put("status", "ok"))));
    router.get("/readyz").order(-1).handler(ctx -> blocking.run(storeReachable::getAsBoolean).onComplete(ar -> {
      boolean ready = ar.succeeded() && ar.result();
      ctx.response().setStatusCode(ready ? 200 : 503).putHeader("content-type", "application/json")
          .end(Json.write(Json.object().put("status", ready ? "ready" : "store unreachable")));
    }));
    router.get("/metrics").order(-3).handler(metrics);
  }

  /** One server instance on one event loop. */
  private final class Instance extends VerticleBase {
    private final HttpServerOptions options;
    private final long graceMs;
    private HttpServer server;

    Instance(HttpServerOptions options, long graceMs) {
      this.options = options;
      this.graceMs = graceMs;
    }

    @Override
    public Future<?> start() {
      Handler<HttpServerRequest> dataPlane = dataPlanes.get();
      Router router = routers.get();
      health(router);
      server = vertx.createHttpServer(options).requestHandler(request -> {
        if (request.path().startsWith("/v1/")) {
          dataPlane.handle(request);
        } else {
          router.handle(request);
        }
      });
      return server.listen().onSuccess(s -> port.compareAndSet(0, s.actualPort()));
    }

    @Override
    public Future<?> stop() {
      return server.shutdown(graceMs, TimeUnit.MILLISECONDS);
    }
  }
}
