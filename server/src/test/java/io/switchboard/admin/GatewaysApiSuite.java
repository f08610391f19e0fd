package io.switchboard.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.testkit.Backend;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.TestGateway;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The gateways resource of the management API (spec §3), good and bad input; run once per {@link Backend}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GatewaysApiSuite {
  static final String FULL = """
      {"id": "full-gw", "authentication": true, "cache_ttl": 300, "cache_invalidate_on_update": true,
       "collect_logs": false, "log_management": 10000000, "log_management_strategy": "DELETE_OLDEST",
       "log_classification": true, "logpush": true, "logpush_public_key": "-----BEGIN PUBLIC KEY-----abc",
       "rate_limiting_interval": 60, "rate_limiting_limit": 100, "rate_limiting_technique": "sliding",
       "retry_max_attempts": 3, "retry_delay": 1000, "retry_backoff": "exponential",
       "dlp": {"enabled": true, "policies": [{"id": "block_financial_data", "action": "BLOCK",
         "check": ["REQUEST", "RESPONSE"], "enabled": true, "profiles": ["p-1"]}]},
       "guardrails": {"prompt": {"S1": "BLOCK", "P1": "FLAG"}, "response": {"S10": "FLAG"}},
       "otel": [{"url": "https://collector/v1/traces", "headers": {"k": "v"}, "authorization": "ref",
         "content_type": "json"}],
       "spend_limits": {"enabled": false, "rules": [{"id": "ebb4dba2", "enabled": true, "limit": 100.5,
         "limitType": "cost", "window": 604800, "technique": "sliding",
         "model": {"mode": "filter", "values": ["openai/gpt-5.5"]},
         "provider": {"mode": "filter", "values": ["anthropic"]},
         "metadata": {"agent_id": {"mode": "partition"}, "env": {"mode": "filter", "values": ["prod"]}}}]},
       "store_id": "store-1", "stripe": {"authorization": "sk", "usage_events": [{"payload": "p"}]},
       "workers_ai_billing_mode": "unified", "zdr": true, "byok_only": true}
      """;
  TestGateway gw;
  Http http;

  abstract Backend backend();

  @BeforeAll
  void start() {
    gw = TestGateway.start(backend());
    http = gw.http();
  }

  @AfterAll
  void stop() {
    gw.close();
  }

  @Test
  void createWithEveryFieldAndGetThemBack() {
    ObjectNode sent = (ObjectNode) Json.parse(FULL);
    Http.Response created = http.post(gw.gateways(""), gw.admin(), sent);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().path("success").asBoolean()).isTrue();
    JsonNode got = http.get(gw.gateways("/full-gw"), gw.admin()).result();
    sent.fields().forEachRemaining(f -> assertThat(got.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue()));
    assertThat(got.path("is_default").asBoolean()).isFalse();
    assertThat(got.path("account_id").asText()).isEqualTo(gw.accountId());
    assertThat(got.path("account_tag").asText()).isEqualTo(gw.accountId());
    assertThat(got.path("internal_id").asText()).matches("[0-9a-f-]{36}");
    assertThat(got.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(got.path("modified_at").asText()).isEqualTo(got.path("created_at").asText());
    assertThat(got).isEqualTo(created.result());
  }

  @Test
  void minimalCreateFillsDefaults() {
    JsonNode g = http.post(gw.gateways(""), gw.admin(), TestGateway.minimalGateway("min-gw")).result();
    assertThat(g.path("authentication").asBoolean()).isFalse();
    assertThat(g.path("rate_limiting_technique").asText()).isEqualTo("fixed");
    assertThat(g.path("workers_ai_billing_mode").asText()).isEqualTo("postpaid");
    for (String nullField : List.of("log_management", "retry_max_attempts", "dlp", "otel", "stripe", "store_id")) {
      assertThat(g.get(nullField)).as(nullField).isNotNull();
      assertThat(g.get(nullField).isNull()).as(nullField).isTrue();
    }
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    Http.Response r = http.post(gw.gateways(""), gw.admin(), "{}");
    assertInvalid(r, "id", "cache_ttl", "cache_invalidate_on_update", "collect_logs", "rate_limiting_interval",
        "rate_limiting_limit");
  }

  @Test
  void outOfRangeNumbersAndBadEnumsAreNamed() {
    assertInvalid(create(b -> b.put("retry_max_attempts", 6)), "retry_max_attempts");
    assertInvalid(create(b -> b.put("retry_max_attempts", 0)), "retry_max_attempts");
    assertInvalid(create(b -> b.put("retry_delay", 5001)), "retry_delay");
    assertInvalid(create(b -> b.put("cache_ttl", -1)), "cache_ttl");
    assertInvalid(create(b -> b.put("cache_ttl", 1.5)), "cache_ttl");
    assertInvalid(create(b -> b.put("cache_ttl", "60")), "cache_ttl");
    assertInvalid(create(b -> b.put("log_management", 9999)), "log_management");
    assertInvalid(create(b -> b.put("rate_limiting_technique", "bogus")), "rate_limiting_technique");
    assertInvalid(create(b -> b.put("retry_backoff", "random")), "retry_backoff");
    assertInvalid(create(b -> b.put("log_management_strategy", "KEEP")), "log_management_strategy");
    assertInvalid(create(b -> b.put("authentication", "yes")), "authentication");
    assertInvalid(create(b -> b.putNull("workers_ai_billing_mode")), "workers_ai_billing_mode");
    assertInvalid(create(b -> b.put("logpush_public_key", "short")), "logpush_public_key");
  }

  @Test
  void nestedProblemsNameTheFullPath() {
    assertInvalid(create(b -> b.putArray("otel").addObject().put("content_type", "xml")), "otel.0.url",
        "otel.0.content_type");
    assertInvalid(create(b -> b.putObject("guardrails").putObject("prompt").put("S99", "BLOCK")),
        "guardrails.prompt.S99");
    assertInvalid(create(b -> b.putObject("dlp").putArray("policies").addObject().put("action", "DROP")),
        "dlp.policies.0.id", "dlp.policies.0.action");
    assertInvalid(create(b -> b.putObject("spend_limits").putArray("rules").addObject().put("limit", -1)),
        "spend_limits.rules.0.limit", "spend_limits.rules.0.window");
    assertInvalid(create(b -> b.putObject("stripe").putArray("usage_events").add(1)), "stripe.usage_events.0");
    assertInvalid(create(b -> b.put("otel", "x")), "otel");
  }

  @Test
  void idRules() {
    assertInvalid(create(b -> b.put("id", "a".repeat(65))), "id");
    assertInvalid(create(b -> b.put("id", "-starts-with-dash")), "id");
    assertInvalid(create(b -> b.put("id", "has space")), "id");
    assertInvalid(create(b -> b.put("id", "")), "id");
    assertInvalid(create(b -> b.put("id", 42)), "id");
    assertThat(create(b -> b.put("id", "b".repeat(64))).status()).isEqualTo(200);
  }

  @Test
  void idIsCaseInsensitiveAndStoredLowerCase() {
    Http.Response r = create(b -> b.put("id", "Mixed_Case-GW"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.result().path("id").asText()).isEqualTo("mixed_case-gw");
    assertThat(http.get(gw.gateways("/MIXED_CASE-GW"), gw.admin()).result().path("id").asText())
        .isEqualTo("mixed_case-gw");
    Http.Response dup = create(b -> b.put("id", "mixed_CASE-gw"));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.errorCode()).isEqualTo(7003);
  }

  @Test
  void duplicateIdConflicts() {
    gw.createGateway("dup-gw");
    Http.Response r = http.post(gw.gateways(""), gw.admin(), TestGateway.minimalGateway("dup-gw"));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("success").asBoolean()).isFalse();
    assertThat(r.errorMessage()).contains("dup-gw");
  }

  @Test
  void putKeepsOmittedOptionalFieldsAndNullClears() {
    ObjectNode body = TestGateway.minimalGateway("put-gw").put("retry_max_attempts", 3).put("store_id", "s1")
        .put("authentication", true);
    body.putArray("otel").addObject().put("url", "https://c/v1/traces");
    assertThat(http.post(gw.gateways(""), gw.admin(), body).status()).isEqualTo(200);
    ObjectNode update = TestGateway.minimalGateway("ignored").put("cache_ttl", 120).putNull("store_id");
    Http.Response r = http.put(gw.gateways("/PUT-GW"), gw.admin(), update);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode got = http.get(gw.gateways("/put-gw"), gw.admin()).result();
    assertThat(got.path("id").asText()).as("id in the body is ignored").isEqualTo("put-gw");
    assertThat(got.path("cache_ttl").asInt()).isEqualTo(120);
    assertThat(got.path("retry_max_attempts").asInt()).as("omitted: kept").isEqualTo(3);
    assertThat(got.path("otel").path(0).path("url").asText()).as("omitted: kept").isEqualTo("https://c/v1/traces");
    assertThat(got.get("store_id").isNull()).as("null: cleared").isTrue();
    assertThat(got.path("authentication").asBoolean()).as("omitted bool: kept").isTrue();
    assertThat(got.path("created_at")).isEqualTo(r.result().path("created_at"));
  }

  @Test
  void putValidatesAndNeedsTheRequiredFields() {
    gw.createGateway("put-bad");
    assertInvalid(http.put(gw.gateways("/put-bad"), gw.admin(), "{\"cache_ttl\": 5}"), "collect_logs",
        "cache_invalidate_on_update", "rate_limiting_interval", "rate_limiting_limit");
    assertInvalid(http.put(gw.gateways("/put-bad"), gw.admin(), TestGateway.minimalGateway("x")
        .putNull("authentication")), "authentication");
    assertInvalid(http.put(gw.gateways("/put-bad"), gw.admin(),
        TestGateway.minimalGateway("x").put("retry_delay", 5001)), "retry_delay");
    Http.Response missing = http.put(gw.gateways("/nope-gw"), gw.admin(), TestGateway.minimalGateway("nope-gw"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo(7002);
  }

  @Test
  void deleteReturnsTheObjectThenGetIs404() {
    gw.createGateway("del-gw");
    Http.Response r = http.delete(gw.gateways("/del-gw"), gw.admin());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.result().path("id").asText()).isEqualTo("del-gw");
    assertThat(r.result().has("cache_ttl")).isTrue();
    Http.Response after = http.get(gw.gateways("/del-gw"), gw.admin());
    assertThat(after.status()).isEqualTo(404);
    assertThat(after.errorCode()).isEqualTo(7002);
    assertThat(after.json().get("result").isNull()).isTrue();
    assertThat(http.delete(gw.gateways("/del-gw"), gw.admin()).status()).isEqualTo(404);
  }

  @Test
  void listPagesAndSearches() {
    for (int i = 1; i <= 5; i++) {
      gw.createGateway("page-gw-" + i);
    }
    Http.Response page = http.get(gw.gateways("?search=PAGE-GW&per_page=2&page=2"), gw.admin());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.result()).extracting(n -> n.path("id").asText()).containsExactly("page-gw-3", "page-gw-4");
    JsonNode info = page.json().path("result_info");
    assertThat(info.path("page").asInt()).isEqualTo(2);
    assertThat(info.path("per_page").asInt()).isEqualTo(2);
    assertThat(info.path("count").asInt()).isEqualTo(2);
    assertThat(info.path("total_count").asInt()).isEqualTo(5);
    assertThat(info.path("total_pages").asInt()).isEqualTo(3);
    Http.Response past = http.get(gw.gateways("?search=page-gw&per_page=2&page=4"), gw.admin());
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.result().isArray()).isTrue();
    assertThat(past.result()).isEmpty();
    assertThat(past.json().path("result_info").path("count").asInt()).isZero();
    Http.Response all = http.get(gw.gateways(""), gw.admin());
    assertThat(all.json().path("result_info").path("per_page").asInt()).as("default per_page").isEqualTo(20);
    assertThat(http.get(gw.gateways("?search=zzz-none"), gw.admin()).result()).isEmpty();
  }

  @Test
  void listRejectsBadPaging() {
    assertInvalid(http.get(gw.gateways("?per_page=0"), gw.admin()), "per_page");
    assertInvalid(http.get(gw.gateways("?per_page=101"), gw.admin()), "per_page");
    assertInvalid(http.get(gw.gateways("?page=0"), gw.admin()), "page");
    assertInvalid(http.get(gw.gateways("?page=abc"), gw.admin()), "page");
    assertThat(http.get(gw.gateways("?per_page=100"), gw.admin()).status()).isEqualTo(200);
  }

  @Test
  void urlEndpoint() {
    gw.createGateway("url-gw");
    String base = gw.switchboard().baseUrl() + "/v1/" + gw.accountId() + "/url-gw";
    Http.Response openAi = http.get(gw.gateways("/url-gw/url/openai"), gw.admin());
    assertThat(openAi.status()).isEqualTo(200);
    assertThat(openAi.result().asText()).isEqualTo(base + "/openai");
    assertThat(http.get(gw.gateways("/url-gw/url/universal"), gw.admin()).result().asText()).isEqualTo(base + "/");
    assertThat(http.get(gw.gateways("/url-gw/url/custom-mine"), gw.admin()).result().asText())
        .isEqualTo(base + "/custom-mine");
    Http.Response unknown = http.get(gw.gateways("/url-gw/url/not-a-provider"), gw.admin());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("success").asBoolean()).isFalse();
    assertThat(unknown.errorMessage()).contains("not-a-provider");
    assertThat(http.get(gw.gateways("/no-such-gw/url/openai"), gw.admin()).status()).isEqualTo(404);
  }

  @Test
  void malformedJsonNamesTheProblem() {
    Http.Response r = http.post(gw.gateways(""), gw.admin(), "{\"id\": \"x\",");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo(7005);
    assertThat(r.errorMessage()).startsWith("Malformed JSON").contains("line 1");
    assertThat(http.post(gw.gateways(""), gw.admin(), "[1]").errorMessage()).contains("expected an object");
    assertThat(http.post(gw.gateways(""), gw.admin(), "").errorMessage()).contains("empty");
    assertThat(http.post(gw.gateways(""), gw.admin(), "{\"id\":\"a\",\"id\":\"b\"}").errorMessage())
        .contains("Duplicate field");
  }

  @Test
  void bodyOverTheLimitIs413Json() {
    String big = "{\"id\":\"big\",\"store_id\":\"" + "x".repeat(1_100_000) + "\"}";
    Http.Response r = http.post(gw.gateways(""), gw.admin(), big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json()).isNotNull();
    assertThat(r.errorCode()).isEqualTo(7006);
  }

  @Test
  void unknownRouteIs404Json() {
    Http.Response r = http.get("/client/v4/nothing/here", gw.admin());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorCode()).isEqualTo(7000);
    assertThat(r.json().path("success").asBoolean()).isFalse();
    assertThat(http.get("/nowhere", null).status()).isEqualTo(404);
    Http.Response patch = http.send("PATCH", gw.gateways("/x"), "{}", "authorization", "Bearer " + gw.admin());
    assertThat(patch.status()).as(patch.body()).isEqualTo(405);
    assertThat(patch.errorCode()).isEqualTo(7004);
  }

  @Test
  void wrongAccountIs404AndNeedsAuthFirst() {
    String other = "/client/v4/accounts/" + "0".repeat(32) + "/ai-gateway/gateways";
    Http.Response r = http.get(other, gw.admin());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorCode()).isEqualTo(7002);
    assertThat(http.get(other, null).status()).as("unauthenticated learns nothing").isEqualTo(401);
  }

  @Test
  void missingOrBadTokenIs401() {
    Http.Response none = http.get(gw.gateways(""), null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.errorCode()).isEqualTo(10000);
    assertThat(http.get(gw.gateways(""), "sb_not-a-real-token").status()).isEqualTo(401);
  }

  @Test
  void healthEndpoints() {
    assertThat(http.get("/healthz", null).json().path("status").asText()).isEqualTo("ok");
    assertThat(http.get("/readyz", null).json().path("status").asText()).isEqualTo("ready");
  }

  Http.Response create(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode body = TestGateway.minimalGateway("v-" + System.nanoTime());
    change.accept(body);
    return http.post(gw.gateways(""), gw.admin(), body);
  }

  /** A 400 with code 7001 whose errors name exactly these dotted paths (in any order). */
  static void assertInvalid(Http.Response r, String... paths) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().path("success").asBoolean()).isFalse();
    List<String> named = new java.util.ArrayList<>();
    r.json().path("errors").forEach(e -> {
      assertThat(e.path("code").asInt()).isEqualTo(7001);
      List<String> path = new java.util.ArrayList<>();
      e.path("path").forEach(p -> path.add(p.asText()));
      named.add(String.join(".", path));
      assertThat(e.path("message").asText()).isNotBlank();
    });
    assertThat(named).as(r.body()).containsExactlyInAnyOrder(paths);
  }
}
