package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Log entries as the data plane writes them, and the logs API that reads, filters, patches and deletes them. */
class LogsApiTest {
  static final String CHAT = "/openai/chat/completions";
  static final String BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  static MockUpstream mock;
  static TestGateway gw;
  static Http http;

  @BeforeAll
  static void start() {
    mock = new MockUpstream();
    mock.on("/v1/chat/completions", MockUpstream.json(200, "{\"id\":\"c1\",\"model\":\"gpt-4o-mini-2024-07-18\"}"));
    mock.on("/v1/flaky", MockUpstream.firstThen(1, MockUpstream.json(503, "{}"), MockUpstream.json(200, "{}")));
    mock.on("/v1/fail", MockUpstream.json(400, "{\"error\":\"bad\"}"));
    gw = TestGateway.start("--upstream", "openai=" + mock.base() + "/v1");
    http = gw.http();
    gw.createGateway("logs", "");
    gw.createGateway("quiet", "\"collect_logs\":false");
  }

  @AfterAll
  static void stop() {
    gw.close();
    mock.close();
  }

  static Http.Response send(String gateway, String path, String... headers) {
    return http.send("POST", gw.dataPlane(gateway, path), BODY, headers);
  }

  static JsonNode awaitLog(String gateway, String id) {
    for (int i = 0; i < 200; i++) {
      Http.Response r = http.get(gw.gateways("/" + gateway + "/logs/" + id), gw.admin());
      if (r.status() == 200) {
        return r.result();
      }
      sleep(20);
    }
    throw new AssertionError("log " + id + " never appeared");
  }

  static List<JsonNode> list(String gateway, String query) {
    Http.Response r = http.get(gw.gateways("/" + gateway + "/logs?per_page=50" + query), gw.admin());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    r.json().path("result").forEach(out::add);
    return out;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyRequestGetsAnEntryWithTheSpecFields() {
    Http.Response r = send("logs", CHAT, "cf-aig-metadata", "{\"user\":\"u1\",\"n\":3,\"vip\":true}",
        "cf-aig-event-id", "evt-1", "user-agent", "my-agent/1.0", "content-type", "application/json");
    String id = r.headers().firstValue("cf-aig-log-id").orElseThrow();
    JsonNode log = awaitLog("logs", id);
    assertThat(log.path("provider").asText()).isEqualTo("openai");
    assertThat(log.path("model").asText()).as("the response's model wins").isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(log.path("path").asText()).isEqualTo("/chat/completions");
    assertThat(log.path("status_code").asInt()).isEqualTo(200);
    assertThat(log.path("success").asBoolean()).isTrue();
    assertThat(log.path("cached").asBoolean()).isFalse();
    assertThat(log.path("event_id").asText()).isEqualTo("evt-1");
    assertThat(log.path("request_id").asText()).isEqualTo(id);
    assertThat(log.path("attempt").asInt()).isEqualTo(1);
    assertThat(log.path("user_agent").asText()).isEqualTo("my-agent/1.0");
    assertThat(log.path("request_content_type").asText()).isEqualTo("application/json");
    assertThat(log.path("response_content_type").asText()).isEqualTo("application/json");
    assertThat(log.path("request_size").asLong()).isEqualTo(BODY.length());
    assertThat(log.path("request_head_complete").asBoolean()).isTrue();
    assertThat(log.path("created_at").asText()).endsWith("Z");
    assertThat(log.path("duration").isNumber()).isTrue();
    assertThat(log.path("metadata").asText()).isEqualTo("{\"user\":\"u1\",\"n\":3,\"vip\":true}");
    assertThat(log.has("dlp_action")).isTrue();

    Http.Response req = http.get(gw.gateways("/logs/logs/" + id + "/request"), gw.admin());
    assertThat(req.body()).isEqualTo(BODY);
    Http.Response resp = http.get(gw.gateways("/logs/logs/" + id + "/response"), gw.admin());
    assertThat(resp.body()).contains("gpt-4o-mini-2024-07-18");
  }

  @Test
  void eachRetryIsItsOwnEntryLinkedByRequestId() {
    Http.Response r = send("logs", "/openai/flaky", "cf-aig-max-attempts", "2", "cf-aig-retry-delay", "0");
    String requestId = r.headers().firstValue("cf-aig-request-id").orElseThrow();
    String logId = r.headers().firstValue("cf-aig-log-id").orElseThrow();
    awaitLog("logs", logId);
    awaitLog("logs", requestId);
    List<JsonNode> entries = list("logs", "&filters.key=request_id&filters.operator=eq&filters.value=" + requestId
        + "&order_by_direction=asc");
    assertThat(entries).hasSize(2);
    assertThat(entries).extracting(e -> e.path("attempt").asInt()).containsExactlyInAnyOrder(1, 2);
    assertThat(entries).extracting(e -> e.path("status_code").asInt()).containsExactlyInAnyOrder(503, 200);
  }

  @Test
  void collectLogOffWritesNothingAndPayloadOffKeepsNoBody() {
    Http.Response off = send("logs", CHAT, "cf-aig-collect-log", "false");
    Http.Response quiet = send("quiet", CHAT);
    Http.Response meta = send("logs", CHAT, "cf-aig-collect-log-payload", "false", "cf-aig-metadata", "{\"k\":\"v\"}");
    String metaId = meta.headers().firstValue("cf-aig-log-id").orElseThrow();
    JsonNode log = awaitLog("logs", metaId);
    assertThat(log.path("metadata").asText()).isEqualTo("{\"k\":\"v\"}");
    assertThat(log.path("request_head_complete").isNull()).isTrue();
    assertThat(http.get(gw.gateways("/logs/logs/" + metaId + "/request"), gw.admin()).status()).isEqualTo(404);
    assertThat(http.get(gw.gateways("/logs/logs/" + metaId + "/response"), gw.admin()).status()).isEqualTo(404);
    sleep(200);
    assertThat(http.get(gw.gateways("/logs/logs/" + off.headers().firstValue("cf-aig-log-id").orElseThrow()),
        gw.admin()).status()).isEqualTo(404);
    assertThat(http.get(gw.gateways("/quiet/logs/" + quiet.headers().firstValue("cf-aig-log-id").orElseThrow()),
        gw.admin()).status()).isEqualTo(404);
    assertThat(list("quiet", "")).isEmpty();
  }

  @Test
  void metadataKeepsFiveEntriesAndRejectsBadInput() {
    Http.Response six = send("logs", CHAT, "cf-aig-metadata", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6}");
    JsonNode log = awaitLog("logs", six.headers().firstValue("cf-aig-log-id").orElseThrow());
    assertThat(log.path("metadata").asText()).isEqualTo("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}");
    Http.Response badJson = send("logs", CHAT, "cf-aig-metadata", "{not json");
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.json().path("message").asText()).contains("cf-aig-metadata");
    Http.Response nested = send("logs", CHAT, "cf-aig-metadata", "{\"o\":{\"x\":1}}");
    assertThat(nested.status()).isEqualTo(400);
    assertThat(nested.json().path("message").asText()).contains("'o'");
  }

  @Test
  void patchThenGetRoundTrips() {
    String id = send("logs", CHAT).headers().firstValue("cf-aig-log-id").orElseThrow();
    awaitLog("logs", id);
    Http.Response p = http.patch(gw.gateways("/logs/logs/" + id), gw.admin(),
        "{\"feedback\":-1,\"score\":87.5,\"metadata\":{\"reviewed\":true}}");
    assertThat(p.status()).as(p.body()).isEqualTo(200);
    JsonNode log = awaitLog("logs", id);
    assertThat(log.path("feedback").asInt()).isEqualTo(-1);
    assertThat(log.path("score").asDouble()).isEqualTo(87.5);
    assertThat(log.path("metadata").asText()).isEqualTo("{\"reviewed\":true}");
    assertThat(list("logs", "&filters.key=metadata.key&filters.operator=eq&filters.value=reviewed"))
        .extracting(e -> e.path("id").asText()).contains(id);
    http.patch(gw.gateways("/logs/logs/" + id), gw.admin(), "{\"feedback\":null}");
    assertThat(awaitLog("logs", id).path("feedback").isNull()).isTrue();
    assertThat(awaitLog("logs", id).path("score").asDouble()).isEqualTo(87.5);

    assertThat(http.patch(gw.gateways("/logs/logs/" + id), gw.admin(), "{\"feedback\":2}").errorMessage())
        .contains("feedback");
    assertThat(http.patch(gw.gateways("/logs/logs/" + id), gw.admin(), "{\"score\":101}").status()).isEqualTo(400);
    assertThat(http.patch(gw.gateways("/logs/logs/nope"), gw.admin(), "{\"score\":1}").status()).isEqualTo(404);
    String readOnly = gw.newToken("AI Gateway Read");
    assertThat(http.patch(gw.gateways("/logs/logs/" + id), readOnly, "{\"score\":1}").status()).isEqualTo(403);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "provider,eq,openai,true", "provider,neq,openai,false", "provider,contains,pena,true",
      "model,eq,gpt-4o-mini-2024-07-18,true", "model,contains,4o-mini,true", "success,eq,true,true", "success,eq,false,false", "cached,eq,false,true",
      "status_code,gt,199,true", "status_code,lt,200,false", "duration,lt,60000,true", "tokens_in,gt,5,false",
      "event_id,eq,filter-event,true", "user_agent,contains,filter,true", "request_content_type,eq,application/json,true",
      "response_content_type,contains,json,true", "metadata.key,eq,team,true", "metadata.value,eq,blue,true",
      "metadata.value,neq,blue,false", "authentication,eq,false,true", "wholesale,eq,false,true",
      "compatibilityMode,eq,false,true", "created_at,gt,2020-01-01T00:00:00Z,true", "created_at,lt,2020-01-01T00:00:00Z,false",
      "feedback,eq,1,false", "cost,gt,1000,false", "tokens,lt,1,false", "model_type,eq,x,false",
      "request_type,eq,provider,true", "dlp_action,eq,BLOCK,false", "id,contains,-,true"})
  void everyFilterKeyAndOperator(String key, String op, String value, boolean matches) {
    String id = send("logs", CHAT, "cf-aig-event-id", "filter-event", "user-agent", "filter-agent",
        "content-type", "application/json", "cf-aig-metadata", "{\"team\":\"blue\"}").headers()
        .firstValue("cf-aig-log-id").orElseThrow();
    awaitLog("logs", id);
    Predicate<List<JsonNode>> hasIt = l -> l.stream().anyMatch(e -> e.path("id").asText().equals(id));
    String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
    assertThat(hasIt.test(list("logs", "&filters.key=" + key + "&filters.operator=" + op + "&filters.value=" + v)))
        .as("flat encoding").isEqualTo(matches);
    assertThat(hasIt.test(list("logs", "&filters[0][key]=" + key + "&filters[0][operator]=" + op
        + "&filters[0][value][0]=" + v))).as("bracket encoding").isEqualTo(matches);
    String json = URLEncoder.encode("[{\"key\":\"" + key + "\",\"operator\":\"" + op + "\",\"value\":[\"" + value
        + "\"]}]", StandardCharsets.UTF_8);
    assertThat(hasIt.test(list("logs", "&filters=" + json))).as("JSON encoding").isEqualTo(matches);
  }

  @Test
  void badQueriesAre400NamingTheProblem() {
    assertThat(http.get(gw.gateways("/logs/logs?filters.key=nope&filters.operator=eq&filters.value=1"), gw.admin())
        .errorMessage()).contains("unknown filter key");
    assertThat(http.get(gw.gateways("/logs/logs?filters.key=provider&filters.operator=like&filters.value=1"),
        gw.admin()).errorMessage()).contains("operator");
    assertThat(http.get(gw.gateways("/logs/logs?filters.key=created_at&filters.operator=gt&filters.value=soon"),
        gw.admin()).errorMessage()).contains("created_at");
    assertThat(http.get(gw.gateways("/logs/logs?per_page=51"), gw.admin()).status()).isEqualTo(400);
    assertThat(http.get(gw.gateways("/logs/logs?order_by=cost"), gw.admin()).status()).isEqualTo(400);
    assertThat(http.get(gw.gateways("/nope/logs"), gw.admin()).status()).isEqualTo(404);
  }

  @Test
  void legacyParametersPagingAndOrder() {
    for (int i = 0; i < 3; i++) {
      awaitLog("logs", send("logs", CHAT).headers().firstValue("cf-aig-log-id").orElseThrow());
    }
    assertThat(list("logs", "&provider=openai&success=true&min_duration=0")).isNotEmpty();
    assertThat(list("logs", "&provider=anthropic")).isEmpty();
    Http.Response page = http.get(gw.gateways("/logs/logs?per_page=2&page=1&order_by=created_at&order_by_direction=asc"),
        gw.admin());
    assertThat(page.json().path("result")).hasSize(2);
    assertThat(page.json().path("result_info").path("total_count").asLong()).isGreaterThanOrEqualTo(3);
    Http.Response past = http.get(gw.gateways("/logs/logs?per_page=50&page=1000"), gw.admin());
    assertThat(past.json().path("result")).isEmpty();
  }

  @Test
  void deleteByFilters() {
    gw.createGateway("purge", "");
    List<String> ids = new ArrayList<>();
    for (String team : List.of("red", "red", "green")) {
      ids.add(send("purge", CHAT, "cf-aig-metadata", "{\"team\":\"" + team + "\"}").headers()
          .firstValue("cf-aig-log-id").orElseThrow());
    }
    ids.forEach(id -> awaitLog("purge", id));
    Http.Response d = http.delete(gw.gateways("/purge/logs?filters.key=metadata.value&filters.operator=eq"
        + "&filters.value=red"), gw.admin());
    assertThat(d.status()).as(d.body()).isEqualTo(200);
    assertThat(d.json().path("success").asBoolean()).isTrue();
    List<JsonNode> left = list("purge", "");
    assertThat(left).extracting(e -> e.path("id").asText()).containsExactly(ids.get(2));
    assertThat(http.get(gw.gateways("/purge/logs"), gw.admin()).json().path("result_info").path("total_count")
        .asLong()).isEqualTo(1);
  }

  @Test
  void analyticsCountsRequestsErrorsByProviderAndModel() {
    gw.createGateway("stats", "");
    for (int i = 0; i < 3; i++) {
      awaitLog("stats", send("stats", CHAT).headers().firstValue("cf-aig-log-id").orElseThrow());
    }
    awaitLog("stats", send("stats", "/openai/fail").headers().firstValue("cf-aig-log-id").orElseThrow());
    Http.Response a = http.get(gw.gateways("/stats/analytics?bucket=day&group_by=provider,model"), gw.admin());
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    long requests = 0;
    long errors = 0;
    for (JsonNode row : a.json().path("result")) {
      assertThat(row.path("provider").asText()).isEqualTo("openai");
      requests += row.path("requests").asLong();
      errors += row.path("errors").asLong();
    }
    assertThat(requests).isEqualTo(4);
    assertThat(errors).isEqualTo(1);
    Http.Response all = http.get("/client/v4/accounts/" + gw.accountId()
        + "/ai-gateway/analytics?bucket=minute&group_by=gateway", gw.admin());
    assertThat(all.json().path("result").toString()).contains("\"gateway\":\"stats\"");
    assertThat(http.get(gw.gateways("/stats/analytics?bucket=week"), gw.admin()).errorMessage()).contains("bucket");
  }
}
