package io.switchboard.secrets;

import io.switchboard.provider.ProviderSpec;
import io.switchboard.provider.UpstreamTarget;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a stored secret into an outbound request: in the provider's credential header (Anthropic:
 * {@code x-api-key}), as an AWS SigV4 signature (Bedrock), or as a minted OAuth token (Vertex).
 * Whatever credential headers the client sent are removed first.
 */
final class Injector {
  private static final Pattern AWS_HOST = Pattern.compile("bedrock-(?:runtime|mantle)\\.([a-z0-9-]+)\\.");
  private final VertexTokens vertex;
  private final Clock clock;

  Injector(VertexTokens vertex, Clock clock) {
    this.vertex = vertex;
    this.clock = clock;
  }

  Future<Void> inject(ProviderSpec spec, String secret, UpstreamTarget target, HttpMethod method, MultiMap headers,
      Buffer body) {
    spec.credentialHeaders().forEach(headers::remove);
    switch (spec.slug()) {
      case ProviderConfigFields.BEDROCK -> {
        sign(AwsKey.parse(secret), target, method, headers, body);
        return Future.succeededFuture();
      }
      case ProviderConfigFields.VERTEX -> {
        return vertex.token(secret).map(token -> {
          headers.set("authorization", "Bearer " + token);
          return null;
        });
      }
      case "anthropic" -> headers.set("x-api-key", secret);
      default -> headers.set(spec.credentialHeader(), spec.credentialPrefix() + secret);
    }
    return Future.succeededFuture();
  }

  private void sign(AwsKey key, UpstreamTarget target, HttpMethod method, MultiMap headers, Buffer body) {
    headers.remove("x-amz-date");
    headers.remove("x-amz-content-sha256");
    String uri = target.uri();
    int q = uri.indexOf('?');
    Map<String, String> toSign = new TreeMap<>();
    if (headers.contains("content-type")) {
      toSign.put("content-type", headers.get("content-type"));
    }
    Matcher m = AWS_HOST.matcher(target.host());
    String region = m.lookingAt() ? m.group(1) : key.region();
    SigV4.Request request = new SigV4.Request(method.name(), target.authority(), q < 0 ? uri : uri.substring(0, q),
        q < 0 ? null : uri.substring(q + 1), toSign, body == null ? new byte[0] : body.getBytes());
    SigV4.Scope scope = new SigV4.Scope(key.accessKeyId(), key.secretAccessKey(), key.sessionToken(), region,
        "bedrock");
    SigV4.sign(request, scope, clock.instant()).headers().forEach(headers::set);
  }
}
