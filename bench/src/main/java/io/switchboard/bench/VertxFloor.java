package io.switchboard.bench;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The floor under a proxy built on Vert.x's HTTP server and client, as the gateway is: one event loop
 * (epoll where available), the server in strict thread mode and a keep-alive client pool, as the gateway
 * configures them. Each request is sent upstream with its method, URI and headers, its body piped, and the
 * response's status, headers and body piped back. It has no routing, usage, logs or retries. Its CPU per
 * request, set beside {@link NettyFloor}'s, is what Vert.x's HTTP layer costs on top of Netty's; the gateway's
 * above it is its own work. {@code bench/run --floor} measures both floors beside nginx.
 */
public final class VertxFloor implements Floor {
  private final Vertx vertx;
  private final HttpServer server;

  private VertxFloor(Vertx vertx, HttpServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: VertxFloor PORT MOCK_PORT");
      System.exit(2);
    }
    VertxFloor floor = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    System.out.println("vertx-floor on 127.0.0.1:" + floor.port() + " (native transport: "
        + floor.vertx.isNativeTransportEnabled() + ")");
  }

  /** Listens on 127.0.0.1:{@code port} (0: any free port) and relays to the mock on {@code mockPort}. */
  static VertxFloor start(int port, int mockPort) {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true));
    HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
        .setDecompressionSupported(false), new PoolOptions().setHttp1MaxSize(2048).setMaxWaitQueueSize(-1));
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)
        .setStrictThreadMode(true).setTcpNoDelay(true))
        .requestHandler(req -> relay(client, mockPort, req));
    return new VertxFloor(vertx, Await.result(server.listen()));
  }

  private static void relay(HttpClient client, int mockPort, HttpServerRequest req) {
    req.pause();
    client.request(new RequestOptions().setMethod(req.method()).setHost("127.0.0.1").setPort(mockPort)
        .setURI(req.uri()))
        .compose(upstream -> {
          copy(req.headers(), upstream.headers());
          return upstream.send(req);
        })
        .compose(response -> answer(req.response(), response))
        .onFailure(e -> {
          if (!req.response().headWritten()) {
            req.response().setStatusCode(502).end();
          } else {
            req.connection().close();
          }
        });
  }

  private static Future<Void> answer(HttpServerResponse out, HttpClientResponse in) {
    out.setStatusCode(in.statusCode());
    copy(in.headers(), out.headers());
    return out.send(in);
  }

  /** The headers but the hop-by-hop ones Vert.x sets itself. */
  private static void copy(MultiMap from, MultiMap to) {
    from.forEach((name, value) -> {
      if (!name.equalsIgnoreCase(HttpHeaders.CONNECTION.toString())
          && !name.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING.toString())) {
        to.add(name, value);
      }
    });
  }

  @Override
  public int port() {
    return server.actualPort();
  }

  @Override
  public void close() {
    Await.result(vertx.close());
  }
}
