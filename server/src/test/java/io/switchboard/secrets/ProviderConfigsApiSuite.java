package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.testkit.Backend;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.TestGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The provider_configs API on one {@link Backend}: CRUD, validation, permissions, ciphertext at rest. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderConfigsApiSuite {
  static final String KEY = "sk-ant-api03-SECRETVALUE-abcdefghijklmnop-1234";
  TestGateway gw;
  Http http;

  abstract Backend backend();

  @BeforeAll
  void start() {
    gw = TestGateway.start(backend());
    http = gw.http();
    gw.createGateway("keys", "\"authentication\":true");
  }

  @AfterAll
  void stop() {
    gw.close();
  }

  String configs(String gateway, String suffix) {
    return gw.gateways("/" + gateway + "/provider_configs" + suffix);
  }

  static ObjectNode body(String slug, String alias, String secret) {
    return Json.object().put("provider_slug", slug).put("alias", alias).put("secret", secret);
  }

  Http.Response create(String gateway, ObjectNode body) {
    return http.post(configs(gateway, ""), gw.admin(), body);
  }

  Http.Response patch(String path, String token, ObjectNode body) {
    return http.send("PATCH", path, Json.write(body), "authorization", "Bearer " + token,
        "content-type", "application/json");
  }

  @Test
  void createReturnsThePreviewNeverTheSecretAndStoresOnlyCiphertext() {
    Http.Response r = create("keys", body("anthropic", "main", KEY).put("default_config", true));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode c = r.result();
    assertThat(c.path("id").asText()).matches("[0-9a-f]{32}");
    assertThat(c.path("alias").asText()).isEqualTo("main");
    assertThat(c.path("provider_slug").asText()).isEqualTo("anthropic");
    assertThat(c.path("gateway_id").asText()).isEqualTo("keys");
    assertThat(c.path("default_config").asBoolean()).isTrue();
    assertThat(c.path("secret_id").asText()).matches("[0-9a-f]{32}");
    assertThat(c.path("secret_preview").asText()).isEqualTo("sk-a...1234");
    assertThat(c.path("rate_limit_period").asInt()).isEqualTo(60);
    assertThat(c.has("modified_at")).isTrue();
    assertThat(r.body()).doesNotContain(KEY).doesNotContain("SECRETVALUE");
    assertThat(http.get(configs("keys", ""), gw.admin()).body()).doesNotContain(KEY);
    assertThat(http.get(configs("keys", "/" + c.path("id").asText()), gw.admin()).body()).doesNotContain(KEY);
    for (String table : List.of("provider_configs", "gateways", "api_tokens", "accounts")) {
      assertThat(String.join("\n", gw.rows(table))).as(table).doesNotContain(KEY).doesNotContain("SECRETVALUE");
    }
    assertThat(String.join("\n", gw.rows("provider_configs"))).contains("|v1:");
  }

  @Test
  void readTokenListsButOnlySecretsEditWrites() {
    String id = create("keys", body("openai", "perm", "sk-proj-permission-test-0001")).result().path("id").asText();
    String read = gw.newToken("AI Gateway Read");
    String edit = gw.newToken("AI Gateway Edit");
    String secrets = gw.newToken("Secrets Edit");
    String run = gw.newToken("AI Gateway Run");
    assertThat(http.get(configs("keys", ""), read).status()).isEqualTo(200);
    assertThat(http.get(configs("keys", "/" + id), read).status()).isEqualTo(200);
    assertThat(http.get(configs("keys", ""), edit).status()).isEqualTo(200);
    for (String token : List.of(read, edit, run)) {
      assertThat(http.post(configs("keys", ""), token, body("openai", "x", "sk-proj-nope-0000000")).status())
          .isIn(401, 403);
      assertThat(http.put(configs("keys", "/" + id), token, Json.object().put("secret", "sk-other-000000")).status())
          .isIn(401, 403);
      assertThat(patch(configs("keys", "/" + id), token, Json.object().put("alias", "y")).status()).isIn(401, 403);
      assertThat(http.delete(configs("keys", "/" + id), token).status()).isIn(401, 403);
    }
    assertThat(http.post(configs("keys", ""), read, body("openai", "x", "sk-proj-nope-0000000")).errorCode())
        .isEqualTo(10001);
    assertThat(http.get(configs("keys", ""), null).status()).isEqualTo(401);
    Http.Response made = http.post(configs("keys", ""), secrets, body("openai", "by-secrets", "sk-proj-ok-00000001"));
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    assertThat(http.put(configs("keys", "/" + id), secrets, Json.object().put("secret", "sk-rotated-00000001"))
        .status()).isEqualTo(200);
    assertThat(http.delete(configs("keys", "/" + made.result().path("id").asText()), secrets).status())
        .isEqualTo(200);
  }

  @Test
  void validationNamesEveryBadFieldWithoutEchoingTheSecret() {
    Http.Response r = create("keys", Json.object().put("alias", "-bad").put("default_config", "yes")
        .put("rate_limit", -1).put("colour", "red"));
    assertInvalid(r, "alias", "provider_slug", "default_config", "secret", "rate_limit", "colour");
    assertInvalid(create("keys", body("nope", "a", KEY)), "provider_slug");
    assertInvalid(create("keys", body("compat", "a", KEY)), "provider_slug");
    assertInvalid(create("keys", Json.object().put("provider_slug", "openai").put("secret_id", "abc")), "secret");
    Http.Response spaced = create("keys", body("openai", "a", "has space " + KEY));
    assertInvalid(spaced, "secret");
    assertThat(spaced.body()).doesNotContain(KEY);
    Http.Response bedrock = create("keys", body("aws-bedrock", "a", "{\"accessKeyId\":\"AKIA1\",\"region\":\"us-east-1\","
        + "\"secretAccessKey\":\"\"}"));
    assertInvalid(bedrock, "secret");
    assertThat(bedrock.errorMessage()).contains("secretAccessKey is required");
    assertInvalid(create("keys", body("google-vertex-ai", "a", "{\"client_email\":\"x@y\",\"private_key\":\"zzz\"}")),
        "secret");
  }

  @Test
  void aliasIsUniquePerGatewayAndProvider() {
    assertThat(create("keys", body("groq", "team", "gsk_first_key_000001")).status()).isEqualTo(200);
    Http.Response dup = create("keys", body("groq", "team", "gsk_second_key_00002"));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.errorCode()).isEqualTo(7003);
    assertThat(create("keys", body("mistral", "team", "mistral-key-00000001")).status()).isEqualTo(200);
    gw.createGateway("keys-two", "\"authentication\":true");
    assertThat(create("keys-two", body("groq", "team", "gsk_other_gw_000003")).status()).isEqualTo(200);
  }

  @Test
  void onlyOneDefaultPerProviderAndUpdatesKeepOrReplaceTheSecret() {
    String a = create("keys", body("deepseek", "a", "ds-key-aaaaaaaaaaaa01").put("default_config", true)).result()
        .path("id").asText();
    String b = create("keys", body("deepseek", "b", "ds-key-bbbbbbbbbbbb02").put("default_config", true)).result()
        .path("id").asText();
    assertThat(http.get(configs("keys", "/" + a), gw.admin()).result().path("default_config").asBoolean()).isFalse();
    assertThat(http.get(configs("keys", "/" + b), gw.admin()).result().path("default_config").asBoolean()).isTrue();
    Http.Response renamed = patch(configs("keys", "/" + a), gw.admin(), Json.object().put("alias", "a2"));
    assertThat(renamed.result().path("alias").asText()).isEqualTo("a2");
    assertThat(renamed.result().path("secret_preview").asText()).isEqualTo("ds-k...aa01");
    Http.Response rekeyed = http.put(configs("keys", "/" + a), gw.admin(),
        Json.object().put("secret", "ds-key-cccccccccccc03"));
    assertThat(rekeyed.result().path("secret_preview").asText()).isEqualTo("ds-k...cc03");
    assertThat(rekeyed.result().path("alias").asText()).isEqualTo("a2");
    assertInvalid(patch(configs("keys", "/" + a), gw.admin(), Json.object().put("provider_slug", "openai")),
        "provider_slug");
  }

  @Test
  void listPagesAndDeleteReturnsTheObject() {
    gw.createGateway("paged", "\"authentication\":true");
    for (int i = 0; i < 5; i++) {
      assertThat(create("paged", body("openai", "k" + i, "sk-proj-paging-00000" + i)).status()).isEqualTo(200);
    }
    Http.Response page = http.get(configs("paged", "?page=2&per_page=2"), gw.admin());
    assertThat(page.result()).hasSize(2);
    assertThat(page.json().path("result_info").path("total_count").asInt()).isEqualTo(5);
    assertThat(page.result().get(0).path("alias").asText()).isEqualTo("k2");
    assertThat(http.get(configs("paged", "?per_page=101"), gw.admin()).status()).isEqualTo(400);
    String id = page.result().get(0).path("id").asText();
    Http.Response deleted = http.delete(configs("paged", "/" + id), gw.admin());
    assertThat(deleted.result().path("alias").asText()).isEqualTo("k2");
    assertThat(http.get(configs("paged", "/" + id), gw.admin()).status()).isEqualTo(404);
    assertThat(http.delete(configs("paged", "/" + id), gw.admin()).status()).isEqualTo(404);
  }

  @Test
  void unknownGatewayIs404AndDeletingAGatewayDropsItsKeys() {
    assertThat(http.get(configs("ghost", ""), gw.admin()).status()).isEqualTo(404);
    assertThat(create("ghost", body("openai", "a", "sk-proj-ghost-000001")).status()).isEqualTo(404);
    gw.createGateway("doomed", "\"authentication\":true");
    assertThat(create("doomed", body("openai", "a", "sk-proj-doomed-00001")).status()).isEqualTo(200);
    assertThat(http.delete(gw.gateways("/doomed"), gw.admin()).status()).isEqualTo(200);
    assertThat(gw.rows("provider_configs")).noneMatch(row -> row.contains("|doomed|"));
  }

  static void assertInvalid(Http.Response r, String... paths) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    List<String> named = new ArrayList<>();
    r.json().path("errors").forEach(e -> {
      assertThat(e.path("code").asInt()).isEqualTo(7001);
      List<String> path = new ArrayList<>();
      e.path("path").forEach(p -> path.add(p.asText()));
      named.add(String.join(".", path));
    });
    assertThat(named).as(r.body()).containsExactlyInAnyOrder(paths);
  }
}
