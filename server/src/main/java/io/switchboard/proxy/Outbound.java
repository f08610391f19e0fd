package io.switchboard.proxy;

import io.switchboard.provider.UpstreamTarget;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** One request as it will be sent upstream (each attempt sends it again). */
record Outbound(UpstreamTarget target, HttpMethod method, MultiMap headers, Buffer body) {
}
