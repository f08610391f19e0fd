package io.switchboard.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth access tokens for Google Vertex AI from a stored service-account key: an RS256 JWT assertion
 * posted to the key's {@code token_uri} (JWT bearer grant, RFC 7523), cached per key until
 * {@link #MARGIN} before it expires. Asynchronous over a Vert.x client; concurrent callers share one
 * minting request.
 */
public final class VertexTokens {
  private static final Logger LOG = LoggerFactory.getLogger(VertexTokens.class);
  static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";
  static final Duration MARGIN = Duration.ofSeconds(60);
  private static final Duration LIFETIME = Duration.ofHours(1);
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private final HttpClient client;
  private final Clock clock;
  private final Map<String, Future<Token>> cache = new ConcurrentHashMap<>();

  /** An access token and when it stops being valid. */
  record Token(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "Token[expires " + expiresAt + "]";
    }
  }

  public VertexTokens(Vertx vertx, Clock clock) {
    this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(10_000).setVerifyHost(true));
    this.clock = clock;
  }

  /** A valid access token for the service account in {@code secret} (its JSON). */
  public Future<String> token(String secret) {
    String cacheKey = HexFormat.of().formatHex(SigV4.sha256(secret.getBytes(StandardCharsets.UTF_8)));
    Instant now = clock.instant();
    Future<Token> f = cache.compute(cacheKey, (k, current) -> usable(current, now) ? current : mint(secret, now));
    return f.map(Token::value);
  }

  private static boolean usable(Future<Token> f, Instant now) {
    if (f == null || f.failed()) {
      return false;
    }
    return !f.isComplete() || f.result().expiresAt().minus(MARGIN).isAfter(now);
  }

  private Future<Token> mint(String secret, Instant now) {
    ServiceAccount sa;
    try {
      sa = ServiceAccount.parse(secret);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(unavailable("the stored service-account key is invalid: " + e.getMessage()));
    }
    String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer",
        StandardCharsets.UTF_8) + "&assertion=" + assertion(sa, now);
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(sa.tokenUri())
        .setIdleTimeout(15_000).putHeader("content-type", "application/x-www-form-urlencoded")
        .putHeader("accept", "application/json");
    // body() is asked for inside the send() callback, so it is attached before any of the body can arrive;
    // chaining it one compose later races the body when the caller is not on the client's event loop.
    return client.request(options)
        .compose(req -> req.send(Buffer.buffer(form))
            .compose(resp -> resp.body().map(body -> parse(resp.statusCode(), body, now))))
        .recover(e -> {
          Throwable failure = e instanceof GatewayException ? e
              : unavailable("the Google token endpoint could not be reached");
          LOG.warn("Vertex access token for {} not minted: {}", sa.clientEmail(), Redaction.text(failure.getMessage()));
          return Future.failedFuture(failure);
        });
  }

  private static Token parse(int status, Buffer body, Instant now) {
    if (status != 200) {
      throw unavailable("the Google token endpoint answered " + status);
    }
    JsonNode json;
    try {
      json = Json.parse(body);
    } catch (RuntimeException e) {
      throw unavailable("the Google token endpoint answered malformed JSON");
    }
    String token = json.path("access_token").asText("");
    if (token.isEmpty()) {
      throw unavailable("the Google token endpoint answered without access_token");
    }
    long seconds = json.path("expires_in").asLong(LIFETIME.toSeconds());
    return new Token(token, now.plusSeconds(seconds));
  }

  /** The signed JWT: {iss, scope, aud = token_uri, iat, exp = iat + 1 h}. */
  static String assertion(ServiceAccount sa, Instant now) {
    ObjectNode header = Json.object().put("alg", "RS256").put("typ", "JWT");
    if (sa.privateKeyId() != null) {
      header.put("kid", sa.privateKeyId());
    }
    long iat = now.getEpochSecond();
    ObjectNode claims = Json.object().put("iss", sa.clientEmail()).put("scope", SCOPE).put("aud", sa.tokenUri())
        .put("iat", iat).put("exp", iat + LIFETIME.toSeconds());
    String signingInput = b64(Json.write(header)) + "." + b64(Json.write(claims));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(sa.privateKey());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw unavailable("the stored service-account key cannot sign");
    }
  }

  private static String b64(String s) {
    return B64URL.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static GatewayException unavailable(String why) {
    return GatewayException.of(ErrorCode.BYOK_UNAVAILABLE, ErrorCode.BYOK_UNAVAILABLE.message() + ": " + why);
  }

  public Future<Void> close() {
    return client.close();
  }
}
