package io.switchboard.admin;

import static io.switchboard.admin.GatewaysApiSuite.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.auth.TokenSecret;
import io.switchboard.testkit.Backend;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.TestGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** API tokens and permissions on the management API; run once per {@link Backend}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TokensApiSuite {
  TestGateway gw;
  Http http;

  abstract Backend backend();

  @BeforeAll
  void start() {
    gw = TestGateway.start(backend());
    http = gw.http();
    gw.createGateway("perm-gw");
  }

  @AfterAll
  void stop() {
    gw.close();
  }

  @Test
  void readOnlyTokenCanReadButNotChange() {
    String read = gw.newToken("AI Gateway Read");
    assertThat(http.get(gw.gateways(""), read).status()).isEqualTo(200);
    assertThat(http.get(gw.gateways("/perm-gw"), read).status()).isEqualTo(200);
    assertThat(http.get(gw.gateways("/perm-gw/url/openai"), read).status()).isEqualTo(200);
    assertForbidden(http.post(gw.gateways(""), read, TestGateway.minimalGateway("by-reader")));
    assertForbidden(http.put(gw.gateways("/perm-gw"), read, TestGateway.minimalGateway("perm-gw")));
    assertForbidden(http.delete(gw.gateways("/perm-gw"), read));
    assertThat(http.get(gw.gateways("/by-reader"), gw.admin()).status()).isEqualTo(404);
  }

  @Test
  void editImpliesReadUnderEitherName() {
    for (String name : new String[] {"AI Gateway Edit", "AI Gateway Write", "ai gateway write"}) {
      String edit = gw.newToken(name);
      assertThat(http.get(gw.gateways("/perm-gw"), edit).status()).as(name).isEqualTo(200);
      assertThat(http.put(gw.gateways("/perm-gw"), edit, TestGateway.minimalGateway("perm-gw")).status())
          .as(name).isEqualTo(200);
    }
  }

  @Test
  void runTokenCannotUseTheManagementApi() {
    String run = gw.newToken("AI Gateway Run");
    assertForbidden(http.get(gw.gateways(""), run));
    assertForbidden(http.get(gw.tokens(""), run));
  }

  @Test
  void tokenWithoutApiTokensEditCannotManageTokens() {
    String edit = gw.newToken("AI Gateway Edit", "Secrets Edit");
    String someId = createToken("victim", "AI Gateway Read").path("id").asText();
    assertForbidden(http.get(gw.tokens(""), edit));
    assertForbidden(http.post(gw.tokens(""), edit, "{\"name\":\"x\",\"permissions\":[\"AI Gateway Run\"]}"));
    assertForbidden(http.get(gw.tokens("/" + someId), edit));
    assertForbidden(http.delete(gw.tokens("/" + someId), edit));
    assertThat(http.get(gw.tokens("/" + someId), gw.admin()).result().path("status").asText()).isEqualTo("active");
  }

  @Test
  void revokedTokenIsRefusedAtOnce() {
    JsonNode created = createToken("short-lived", "AI Gateway Read", "AI Gateway Run");
    String value = created.path("value").asText();
    assertThat(http.get(gw.gateways(""), value).status()).isEqualTo(200);
    Http.Response revoked = http.delete(gw.tokens("/" + created.path("id").asText()), gw.admin());
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.result().path("status").asText()).isEqualTo("revoked");
    Http.Response refused = http.get(gw.gateways(""), value);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo(10000);
    assertThat(http.get(gw.tokens("/verify"), value).status()).isEqualTo(401);
  }

  @Test
  void expiredTokenIsRefused() {
    String body = "{\"name\":\"old\",\"permissions\":[\"AI Gateway Read\"],\"expires_on\":\"2001-01-01T00:00:00Z\"}";
    Http.Response created = http.post(gw.tokens(""), gw.admin(), body);
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.result().path("status").asText()).isEqualTo("expired");
    assertThat(http.get(gw.gateways(""), created.result().path("value").asText()).status()).isEqualTo(401);
  }

  @Test
  void valueAppearsOnlyInTheCreateResponse() {
    JsonNode created = createToken("once", "AI Gateway Run");
    String value = created.path("value").asText();
    String id = created.path("id").asText();
    assertThat(value).startsWith("sb_").hasSizeGreaterThan(40);
    assertThat(created.path("preview").asText()).isNotEqualTo(value).startsWith(value.substring(0, 6));
    assertThat(created.path("permissions")).extracting(JsonNode::asText).containsExactly("AI Gateway Run");
    Http.Response got = http.get(gw.tokens("/" + id), gw.admin());
    assertThat(got.result().has("value")).isFalse();
    assertThat(got.body()).doesNotContain(value);
    assertThat(got.result().path("last_used_on").isNull()).isTrue();
    Http.Response list = http.get(gw.tokens("?per_page=100"), gw.admin());
    assertThat(list.body()).doesNotContain(value);
    assertThat(list.result()).extracting(t -> t.path("id").asText()).contains(id);
  }

  @Test
  void tokensAreStoredOnlyAsHashes() {
    String value = createToken("hashed", "AI Gateway Run").path("value").asText();
    var rows = gw.rows("api_tokens");
    assertThat(rows).isNotEmpty().noneMatch(r -> r.contains(value));
    assertThat(rows).anyMatch(r -> r.contains(TokenSecret.hash(value)));
    assertThat(rows).noneMatch(r -> r.contains(gw.admin()));
  }

  @Test
  void verifyTellsAnActiveTokenAboutItself() {
    JsonNode created = createToken("verify-me", "AI Gateway Run");
    Http.Response r = http.get(gw.tokens("/verify"), created.path("value").asText());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.result().path("id").asText()).isEqualTo(created.path("id").asText());
    assertThat(r.result().path("status").asText()).isEqualTo("active");
    assertThat(http.get(gw.tokens("/verify"), null).status()).isEqualTo(401);
    assertThat(http.get(gw.tokens("/verify"), "sb_unknown").errorCode()).isEqualTo(10000);
  }

  @Test
  void cloudflarePolicyFormIsAccepted() {
    String body = "{\"name\":\"cf\",\"policies\":[{\"effect\":\"allow\",\"permission_groups\":"
        + "[{\"name\":\"AI Gateway Read\"},{\"name\":\"AI Gateway Run\"}]}]}";
    Http.Response r = http.post(gw.tokens(""), gw.admin(), body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.result().path("permissions")).extracting(JsonNode::asText)
        .containsExactly("AI Gateway Read", "AI Gateway Run");
  }

  @Test
  void badCreateBodiesAreNamed() {
    assertInvalid(http.post(gw.tokens(""), gw.admin(), "{\"permissions\":[\"AI Gateway Run\"]}"), "name");
    assertInvalid(http.post(gw.tokens(""), gw.admin(), "{\"name\":\"x\"}"), "permissions");
    assertInvalid(http.post(gw.tokens(""), gw.admin(), "{\"name\":\"x\",\"permissions\":[\"Root\"]}"),
        "permissions");
    assertInvalid(http.post(gw.tokens(""), gw.admin(),
        "{\"name\":\"x\",\"permissions\":[\"AI Gateway Run\"],\"expires_on\":\"tomorrow\"}"), "expires_on");
    assertThat(http.post(gw.tokens(""), gw.admin(), "nope").errorCode()).isEqualTo(7005);
  }

  @Test
  void unknownTokenIs404() {
    Http.Response r = http.get(gw.tokens("/" + "f".repeat(32)), gw.admin());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorCode()).isEqualTo(7002);
    assertThat(http.delete(gw.tokens("/" + "f".repeat(32)), gw.admin()).status()).isEqualTo(404);
  }

  @Test
  void listPages() {
    createToken("p1", "AI Gateway Run");
    createToken("p2", "AI Gateway Run");
    Http.Response r = http.get(gw.tokens("?per_page=1&page=2"), gw.admin());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.result()).hasSize(1);
    assertThat(r.json().path("result_info").path("total_count").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(http.get(gw.tokens("?page=100000"), gw.admin()).result()).isEmpty();
    assertThat(http.get(gw.tokens("?per_page=500"), gw.admin()).status()).isEqualTo(400);
  }

  private JsonNode createToken(String name, String... permissions) {
    StringBuilder perms = new StringBuilder();
    for (String p : permissions) {
      perms.append(perms.length() == 0 ? "" : ",").append('"').append(p).append('"');
    }
    Http.Response r = http.post(gw.tokens(""), gw.admin(),
        "{\"name\":\"" + name + "\",\"permissions\":[" + perms + "]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.result();
  }

  private static void assertForbidden(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.errorCode()).isEqualTo(10001);
  }
}
