package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.testkit.MockUpstream;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Vertex tokens: JWT bearer assertion to a mock token endpoint, caching until shortly before expiry. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VertexTokensTest {
  static final KeyPair KEYS = rsa();
  MockUpstream google;
  Vertx vertx;
  final AtomicInteger minted = new AtomicInteger();

  static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A service-account JSON whose token_uri is {@code tokenUri}. */
  static String serviceAccount(String tokenUri) {
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    return Json.write(Json.object().put("type", "service_account").put("project_id", "proj")
        .put("private_key_id", "kid-1").put("private_key", pem)
        .put("client_email", "gw@proj.iam.gserviceaccount.com").put("token_uri", tokenUri));
  }

  /** Answers the JWT bearer grant after checking the assertion's signature and claims. */
  static MockUpstream.Reply tokenEndpoint(AtomicInteger minted, long expiresIn) {
    return (req, body, resp, n) -> {
      String form = body.toString();
      String assertion = URLDecoder.decode(form.substring(form.indexOf("assertion=") + 10), StandardCharsets.UTF_8);
      boolean ok = form.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")
          && verifies(assertion);
      if (!ok) {
        resp.setStatusCode(400).end("{\"error\":\"invalid_grant\"}");
        return;
      }
      int i = minted.incrementAndGet();
      resp.putHeader("content-type", "application/json")
          .end("{\"access_token\":\"ya29.token-" + i + "\",\"expires_in\":" + expiresIn + ",\"token_type\":\"Bearer\"}");
    };
  }

  static boolean verifies(String jwt) {
    try {
      String[] parts = jwt.split("\\.");
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(KEYS.getPublic());
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      JsonNode header = Json.parse(Base64.getUrlDecoder().decode(parts[0]));
      JsonNode claims = Json.parse(Base64.getUrlDecoder().decode(parts[1]));
      return rsa.verify(Base64.getUrlDecoder().decode(parts[2])) && header.path("alg").asText().equals("RS256")
          && header.path("kid").asText().equals("kid-1")
          && claims.path("iss").asText().equals("gw@proj.iam.gserviceaccount.com")
          && claims.path("scope").asText().equals(VertexTokens.SCOPE)
          && claims.path("aud").asText().endsWith("/token")
          && claims.path("exp").asLong() - claims.path("iat").asLong() == 3600;
    } catch (Exception e) {
      return false;
    }
  }

  @BeforeAll
  void start() {
    google = new MockUpstream();
    vertx = Vertx.vertx();
  }

  @AfterAll
  void stop() {
    google.close();
    vertx.close();
  }

  @BeforeEach
  void reset() {
    google.reset();
    minted.set(0);
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void mintsOnceAndReusesUntilShortlyBeforeExpiry() throws Exception {
    google.on("/token", tokenEndpoint(minted, 3600));
    MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    VertexTokens tokens = new VertexTokens(vertx, clock);
    String sa = serviceAccount(google.base() + "/token");
    assertThat(await(tokens.token(sa))).isEqualTo("ya29.token-1");
    assertThat(await(tokens.token(sa))).isEqualTo("ya29.token-1");
    clock.advance(Duration.ofSeconds(3600).minus(VertexTokens.MARGIN).minusSeconds(1));
    assertThat(await(tokens.token(sa))).isEqualTo("ya29.token-1");
    clock.advance(Duration.ofSeconds(2));
    assertThat(await(tokens.token(sa))).isEqualTo("ya29.token-2");
    assertThat(google.received()).hasSize(2);
    assertThat(google.received().get(0).headers().get("content-type")).isEqualTo("application/x-www-form-urlencoded");
  }

  @Test
  void concurrentCallersShareOneMintingRequest() throws Exception {
    google.on("/token", google.delayed(200, tokenEndpoint(minted, 3600)));
    VertexTokens tokens = new VertexTokens(vertx, new MutableClock(Instant.parse("2030-01-01T00:00:00Z")));
    String sa = serviceAccount(google.base() + "/token");
    Future<String> a = tokens.token(sa);
    Future<String> b = tokens.token(sa);
    assertThat(await(a)).isEqualTo(await(b)).isEqualTo("ya29.token-1");
    assertThat(minted.get()).isEqualTo(1);
  }

  @Test
  void aRefusedGrantIsUnavailableAndNotCached() throws Exception {
    google.on("/token", MockUpstream.json(400, "{\"error\":\"invalid_grant\"}"));
    VertexTokens tokens = new VertexTokens(vertx, new MutableClock(Instant.parse("2030-01-01T00:00:00Z")));
    String sa = serviceAccount(google.base() + "/token");
    Throwable failure = tokens.token(sa).toCompletionStage().toCompletableFuture()
        .handle((v, e) -> e).get(10, TimeUnit.SECONDS);
    assertThat(failure).isInstanceOf(GatewayException.class);
    assertThat(((GatewayException) failure).code()).isEqualTo(ErrorCode.BYOK_UNAVAILABLE);
    assertThat(failure.getMessage()).contains("answered 400").doesNotContain("PRIVATE KEY");
    google.on("/token", tokenEndpoint(minted, 3600));
    assertThat(await(tokens.token(sa))).isEqualTo("ya29.token-1");
  }
}
