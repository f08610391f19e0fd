package io.switchboard.proxy;

import io.switchboard.config.Settings;
import io.switchboard.provider.UpstreamTarget;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.List;

/**
 * The pooled upstream HTTP clients: keep-alive connections per host; over TLS (verified against the
 * JDK trust store) HTTP/2 is used where the provider offers it through ALPN, else HTTP/1.1. Created in a
 * server instance's verticle, so Vert.x closes them when that instance is undeployed.
 */
public final class Upstream {
  private final HttpClient plain;
  private final HttpClient tls;

  public Upstream(Vertx vertx, Settings settings) {
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(settings.upstreamPoolSize()).setHttp2MaxSize(8)
        .setMaxWaitQueueSize(-1);
    HttpClientOptions base = new HttpClientOptions()
        .setKeepAlive(true)
        .setTcpNoDelay(true)
        .setConnectTimeout(settings.connectTimeoutMs())
        .setKeepAliveTimeout(settings.idleTimeoutSeconds())
        .setHttp2KeepAliveTimeout(settings.idleTimeoutSeconds())
        .setDecompressionSupported(false)
        .setMaxHeaderSize(64 * 1024);
    this.plain = vertx.createHttpClient(new HttpClientOptions(base).setProtocolVersion(HttpVersion.HTTP_1_1), pool);
    this.tls = vertx.createHttpClient(new HttpClientOptions(base)
        .setSsl(true)
        .setVerifyHost(true)
        .setUseAlpn(true)
        .setProtocolVersion(HttpVersion.HTTP_2)
        .setAlpnVersions(List.of(HttpVersion.HTTP_2, HttpVersion.HTTP_1_1)), pool);
  }

  /** Opens a request to the target; the caller sets headers and sends the body. */
  Future<HttpClientRequest> open(UpstreamTarget target, HttpMethod method) {
    RequestOptions options = new RequestOptions()
        .setMethod(method)
        .setHost(target.host())
        .setPort(target.port())
        .setSsl(target.ssl())
        .setURI(target.uri());
    return (target.ssl() ? tls : plain).request(options);
  }
}
