package io.switchboard.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testkit.Backend;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.TestGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Gateway resolution and authentication on the data plane (spec §4): the {@code default} gateway's
 * creation rules and authenticated gateways. "Got past auth" is any answer other than 2001 or 2009.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DataPlaneAuthSuite {
  private static final String CHAT = "/openai/chat/completions";
  private static final String BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[]}";
  TestGateway gw;
  Http http;
  String run;
  String readOnly;

  abstract Backend backend();

  @BeforeAll
  void start() {
    gw = TestGateway.start(backend());
    http = gw.http();
    run = gw.newToken("AI Gateway Run");
    readOnly = gw.newToken("AI Gateway Read", "AI Gateway Edit");
  }

  @AfterAll
  void stop() {
    gw.close();
  }

  @Test
  void defaultGatewayLifecycle() {
    assertNotFound(call("default", null));
    assertAbsent("default");
    assertUnauthorized(call("default", readOnly));
    assertUnauthorized(call("default", "sb_made-up"));
    assertAbsent("default");

    assertPassed(call("default", run));
    JsonNode g = http.get(gw.gateways("/default"), gw.admin()).result();
    assertThat(g.path("is_default").asBoolean()).isTrue();
    assertThat(g.path("authentication").asBoolean()).isTrue();
    assertThat(g.path("collect_logs").asBoolean()).isTrue();
    assertThat(g.path("cache_ttl").asInt()).isZero();
    assertThat(g.path("rate_limiting_interval").asInt()).isZero();
    assertThat(g.path("rate_limiting_limit").asInt()).isZero();
    assertUnauthorized(call("default", null));

    assertThat(http.delete(gw.gateways("/default"), gw.admin()).status()).isEqualTo(200);
    assertNotFound(call("default", null));
    assertAbsent("default");
    assertPassed(call("default", run));
    assertThat(http.get(gw.gateways("/default"), gw.admin()).result().path("is_default").asBoolean()).isTrue();
  }

  @Test
  void concurrentFirstRequestsCreateDefaultOnce() throws Exception {
    TestGateway other = TestGateway.start(backend());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      String token = other.newToken("AI Gateway Run");
      List<Future<Http.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(pool.submit(() -> other.http().send("POST", other.dataPlane("default", CHAT), BODY,
            "cf-aig-authorization", "Bearer " + token)));
      }
      for (Future<Http.Response> c : calls) {
        assertPassed(c.get());
      }
      JsonNode list = other.http().get(other.gateways(""), other.admin()).result();
      assertThat(list).extracting(n -> n.path("id").asText()).containsExactly("default");
    } finally {
      pool.shutdownNow();
      other.close();
    }
  }

  @Test
  void unknownGatewayOrAccountIs2001() {
    Http.Response r = call("never-created", run);
    assertNotFound(r);
    assertThat(r.json().path("name").asText()).isEqualTo("AiGatewayError");
    assertThat(r.json().path("httpCode").asInt()).isEqualTo(400);
    assertThat(r.json().path("internalCode").asInt()).isEqualTo(2001);
    assertThat(r.errorMessage()).isEqualTo("Please configure AI Gateway in the Cloudflare dashboard");
    assertNotFound(http.send("POST", "/v1/" + "0".repeat(32) + "/default" + CHAT, BODY,
        "cf-aig-authorization", "Bearer " + run));
  }

  @Test
  void authenticatedGatewayNeedsARunToken() {
    gw.http().post(gw.gateways(""), gw.admin(), TestGateway.minimalGateway("locked").put("authentication", true));
    Http.Response none = call("locked", null);
    assertUnauthorized(none);
    assertThat(none.json().path("name").asText()).isEqualTo("AiGatewayError");
    assertThat(none.json().path("httpCode").asInt()).isEqualTo(401);
    assertThat(none.json().path("error").path(0).path("message").asText()).isEqualTo("Unauthorized");
    assertUnauthorized(call("locked", "sb_made-up"));
    assertUnauthorized(call("locked", readOnly));
    assertUnauthorized(http.send("POST", gw.dataPlane("locked", CHAT), BODY, "cf-aig-authorization", run));
    assertPassed(call("locked", run));
    assertPassed(call("LOCKED", run));
  }

  @Test
  void settingChangeTakesEffectOnTheNextRequest() {
    gw.createGateway("flip");
    assertPassed(call("flip", null));
    assertThat(http.put(gw.gateways("/flip"), gw.admin(),
        TestGateway.minimalGateway("flip").put("authentication", true)).status()).isEqualTo(200);
    assertUnauthorized(call("flip", null));
    assertPassed(call("flip", run));
    assertThat(http.put(gw.gateways("/flip"), gw.admin(),
        TestGateway.minimalGateway("flip").put("authentication", false)).status()).isEqualTo(200);
    assertPassed(call("flip", null));
    assertThat(http.delete(gw.gateways("/flip"), gw.admin()).status()).isEqualTo(200);
    assertNotFound(call("flip", run));
  }

  @Test
  void openGatewayIgnoresAnyToken() {
    gw.createGateway("open");
    assertPassed(call("open", "sb_made-up"));
    assertPassed(call("open", run));
  }

  private Http.Response call(String gateway, String token) {
    if (token == null) {
      return http.send("POST", gw.dataPlane(gateway, CHAT), BODY, "content-type", "application/json");
    }
    return http.send("POST", gw.dataPlane(gateway, CHAT), BODY, "content-type", "application/json",
        "cf-aig-authorization", "Bearer " + token);
  }

  private void assertAbsent(String id) {
    assertThat(http.get(gw.gateways("/" + id), gw.admin()).status()).isEqualTo(404);
  }

  private static void assertNotFound(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo(2001);
  }

  private static void assertUnauthorized(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(401);
    assertThat(r.errorCode()).isEqualTo(2009);
    assertThat(r.json().path("internalCode").asInt()).isEqualTo(2009);
  }

  private static void assertPassed(Http.Response r) {
    assertThat(r.status()).as(r.body()).isNotEqualTo(401);
    if (r.json() != null) {
      assertThat(r.errorCode()).as(r.body()).isNotIn(2001, 2009);
    }
  }
}
