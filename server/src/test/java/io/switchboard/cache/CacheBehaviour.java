package io.switchboard.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The cache's behaviour through a whole gateway; run against each backend by the subclasses. */
abstract class CacheBehaviour {
  static final String CHAT = "/openai/chat/completions";
  static final String BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  static final String ANSWER = "{\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"usage\":{\"prompt_tokens\":3,"
      + "\"completion_tokens\":2}}";
  static MockUpstream mock;
  static TestGateway gw;
  private static final AtomicInteger PATHS = new AtomicInteger();

  static void startWith(String... extra) {
    mock = new MockUpstream();
    List<String> args = new ArrayList<>(List.of("--upstream", "openai=" + mock.base() + "/v1"));
    args.addAll(List.of(extra));
    gw = TestGateway.start(args.toArray(String[]::new));
    gw.createGateway("cached", "\"cache_ttl\":300");
    gw.createGateway("short", "\"cache_ttl\":1");
    gw.createGateway("plain", "");
    gw.createGateway("inval", "\"cache_ttl\":300,\"cache_invalidate_on_update\":true");
  }

  @AfterAll
  static void stopAll() {
    gw.close();
    mock.close();
  }

  /** A fresh upstream path so that each test counts only its own calls. */
  static String freshPath(MockUpstream.Reply reply) {
    String p = "/t" + PATHS.incrementAndGet();
    mock.on("/v1" + p, reply);
    return "/openai" + p;
  }

  static long calls(String path) {
    return mock.received().stream().filter(r -> r.uri().equals("/v1" + path.substring("/openai".length()))).count();
  }

  static Http.Response post(String gateway, String path, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "authorization";
    all[1] = "Bearer sk-tenant-a";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return gw.http().send("POST", gw.dataPlane(gateway, path), body, dedupe(all));
  }

  /** Later header pairs replace earlier ones of the same name. */
  private static String[] dedupe(String[] pairs) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i].toLowerCase(), pairs[i + 1]);
    }
    List<String> out = new ArrayList<>();
    m.forEach((k, v) -> {
      out.add(k);
      out.add(v);
    });
    return out.toArray(String[]::new);
  }

  static String status(Http.Response r) {
    return r.headers().firstValue("cf-aig-cache-status").orElse(null);
  }

  @Test
  void missThenHitWithoutUpstream() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    Http.Response first = post("cached", path, BODY);
    Http.Response second = post("cached", path, BODY);
    assertThat(first.status()).isEqualTo(200);
    assertThat(status(first)).isEqualTo("MISS");
    assertThat(status(second)).isEqualTo("HIT");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("content-type")).contains("application/json");
    assertThat(calls(path)).isEqualTo(1);
  }

  @Test
  void jsonMemberOrderAndMetadataAreNotPartOfTheKey() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    post("cached", path, BODY, "cf-aig-metadata", "{\"user\":\"u1\"}");
    String reordered = "{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"model\":\"gpt-4o-mini\"}";
    Http.Response again = post("cached", path, reordered, "cf-aig-metadata", "{\"user\":\"u2\"}");
    assertThat(status(again)).isEqualTo("HIT");
    assertThat(calls(path)).isEqualTo(1);
  }

  @Test
  void tenantsNeverShareAnEntry() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    assertThat(status(post("cached", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY, "authorization", "Bearer sk-tenant-b"))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY, "authorization", "Bearer sk-tenant-b"))).isEqualTo("HIT");
    assertThat(calls(path)).isEqualTo(2);
  }

  @Test
  void rawBytesIndexLeadsEveryMemberOrderToTheSameEntry() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    String reordered = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"gpt-4o-mini\"}";
    String spaced = "{ \"model\": \"gpt-4o-mini\", \"messages\": [{\"content\": \"hi\", \"role\": \"user\"}] }";
    assertThat(status(post("cached", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY))).isEqualTo("HIT");
    assertThat(status(post("cached", path, reordered))).isEqualTo("HIT");
    assertThat(status(post("cached", path, reordered))).isEqualTo("HIT");
    assertThat(status(post("cached", path, spaced))).isEqualTo("HIT");
    assertThat(status(post("cached", path, BODY))).isEqualTo("HIT");
    assertThat(calls(path)).isEqualTo(1);
  }

  @Test
  void tenantsAndGatewaysNeverShareThroughTheRawBytesIndex() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    String reordered = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"gpt-4o-mini\"}";
    assertThat(status(post("cached", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY))).isEqualTo("HIT");
    assertThat(status(post("cached", path, BODY, "authorization", "Bearer sk-tenant-b"))).isEqualTo("MISS");
    assertThat(status(post("cached", path, reordered, "authorization", "Bearer sk-tenant-b"))).isEqualTo("HIT");
    assertThat(status(post("cached", path, BODY, "x-api-key", "other"))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY, "cf-aig-authorization", "Bearer gw-token-c"))).isEqualTo("MISS");
    assertThat(status(post("inval", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("inval", path, BODY))).isEqualTo("HIT");
    assertThat(calls(path)).isEqualTo(5);
  }

  @Test
  void cacheableRequestToAnUnknownProviderStillFails() {
    Http.Response r = post("cached", "/no-such-provider/chat/completions", BODY);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("2008");
    assertThat(status(r)).isNull();
  }

  @Test
  void ttlExpires() throws InterruptedException {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    assertThat(status(post("short", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("short", path, BODY))).isEqualTo("HIT");
    Thread.sleep(1300);
    assertThat(status(post("short", path, BODY))).isEqualTo("MISS");
    assertThat(calls(path)).isEqualTo(2);
  }

  @Test
  void skipCacheBypassesTheLookupAndRefreshes() {
    String path = freshPath((req, b, resp, n) -> resp.putHeader("content-type", "application/json").end("{\"n\":" + n + "}"));
    post("cached", path, BODY);
    Http.Response skipped = post("cached", path, BODY, "cf-aig-skip-cache", "true");
    assertThat(status(skipped)).isEqualTo("MISS");
    assertThat(skipped.body()).isEqualTo("{\"n\":2}");
    assertThat(post("cached", path, BODY).body()).isEqualTo("{\"n\":2}");
    assertThat(calls(path)).isEqualTo(2);
  }

  @Test
  void customKeyReplacesTheKeyAndEnablesCachingForFiveMinutes() {
    String path = freshPath((req, b, resp, n) -> resp.putHeader("content-type", "application/json").end("{\"n\":" + n + "}"));
    Http.Response a = post("plain", path, BODY, "cf-aig-cache-key", "k1");
    Http.Response b = post("plain", path, "{\"other\":true}", "cf-aig-cache-key", "k1");
    assertThat(status(a)).isEqualTo("MISS");
    assertThat(status(b)).isEqualTo("HIT");
    assertThat(b.body()).isEqualTo(a.body());
    assertThat(status(post("plain", path, BODY, "cf-aig-cache-key", "k2"))).isEqualTo("MISS");
    assertThat(status(post("plain", path, BODY))).as("not cacheable without key or ttl").isNull();
  }

  @Test
  void ttlHeaderOutOfRangeIs400AndZeroDisables() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    Http.Response low = post("cached", path, BODY, "cf-aig-cache-ttl", "59");
    assertThat(low.status()).isEqualTo(400);
    assertThat(low.errorCode()).isEqualTo(2010);
    assertThat(post("cached", path, BODY, "cf-aig-cache-ttl", "2592001").status()).isEqualTo(400);
    assertThat(post("cached", path, BODY, "cf-aig-cache-ttl", "soon").status()).isEqualTo(400);
    assertThat(status(post("cached", path, BODY, "cf-aig-cache-ttl", "0"))).isNull();
    assertThat(status(post("plain", path, BODY, "cf-aig-cache-ttl", "60"))).isEqualTo("MISS");
    assertThat(status(post("plain", path, BODY, "cf-aig-cache-ttl", "60"))).isEqualTo("HIT");
    assertThat(calls(path)).isEqualTo(2);
  }

  @Test
  void onlySuccessfulResponsesAreStored() {
    String path = freshPath(MockUpstream.firstThen(1, MockUpstream.json(400, "{\"error\":\"bad\"}"),
        MockUpstream.json(200, ANSWER)));
    Http.Response bad = post("cached", path, BODY);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(status(bad)).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY))).isEqualTo("HIT");
  }

  @Test
  void streamIsReplayedWithTheSameEvents() {
    List<String> events = List.of("{\"choices\":[{\"delta\":{\"content\":\"a\"}}]}",
        "{\"choices\":[{\"delta\":{\"content\":\"b\"}}]}", "[DONE]");
    String path = freshPath(mock.sse(events, 5));
    Http.Response first = post("cached", path, BODY);
    Http.Response second = post("cached", path, BODY);
    assertThat(status(second)).isEqualTo("HIT");
    assertThat(second.headers().firstValue("content-type")).contains("text/event-stream");
    assertThat(dataLines(second.body())).isEqualTo(dataLines(first.body()))
        .containsExactly(events.stream().map(e -> "data: " + e).toArray(String[]::new));
    assertThat(calls(path)).isEqualTo(1);
  }

  static List<String> dataLines(String sse) {
    return sse.lines().filter(l -> l.startsWith("data:")).toList();
  }

  @Test
  void concurrentIdenticalRequestsShareOneUpstreamCall() {
    String path = freshPath(mock.delayed(400, MockUpstream.json(200, ANSWER)));
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      all.add(gw.client().sendAsync(HttpRequest.newBuilder(URI.create(gw.base() + gw.dataPlane("cached", path)))
          .header("authorization", "Bearer sk-tenant-a").POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> done = all.stream().map(CompletableFuture::join).toList();
    assertThat(done).allSatisfy(r -> assertThat(r.body()).isEqualTo(ANSWER));
    assertThat(done.stream().filter(r -> "MISS".equals(r.headers().firstValue("cf-aig-cache-status").orElse(null))))
        .hasSize(1);
    assertThat(calls(path)).isEqualTo(1);
  }

  @Test
  void followersGoUpstreamThemselvesWhenTheLeaderFails() {
    String path = freshPath(MockUpstream.firstThen(1, mock.delayed(300, MockUpstream.json(500, "{}")),
        MockUpstream.json(200, ANSWER)));
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add(gw.client().sendAsync(HttpRequest.newBuilder(URI.create(gw.base() + gw.dataPlane("cached", path)))
          .header("authorization", "Bearer sk-tenant-a").POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> statuses = all.stream().map(f -> f.join().statusCode()).sorted().toList();
    assertThat(statuses).containsExactly(200, 200, 500);
  }

  @Test
  void hitIsOneLogEntryMarkedCachedWithCostZero() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    post("cached", path, BODY);
    Http.Response hit = post("cached", path, BODY);
    String id = hit.headers().firstValue("cf-aig-log-id").orElseThrow();
    JsonNode log = awaitLog("cached", id);
    assertThat(log.path("cached").asBoolean()).isTrue();
    assertThat(log.path("success").asBoolean()).isTrue();
    assertThat(log.path("cost").asDouble()).isZero();
    assertThat(log.path("status_code").asInt()).isEqualTo(200);
  }

  static JsonNode awaitLog(String gateway, String id) {
    long deadline = System.currentTimeMillis() + 5000;
    while (true) {
      Http.Response r = gw.http().get(gw.gateways("/" + gateway + "/logs/" + id), gw.admin());
      if (r.status() == 200) {
        return r.result();
      }
      assertThat(System.currentTimeMillis()).as("log %s never appeared", id).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void universalStepsUseTheCacheAndHonourStepTtlZero() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    String endpoint = path.substring("/openai/".length());
    String step = "{\"provider\":\"openai\",\"endpoint\":\"" + endpoint + "\",\"headers\":{\"authorization\":"
        + "\"Bearer sk-a\"%s},\"query\":{\"model\":\"m\"}}";
    String cached = "[" + String.format(step, "") + "]";
    assertThat(status(gw.http().send("POST", gw.dataPlane("cached", ""), cached))).isEqualTo("MISS");
    Http.Response hit = gw.http().send("POST", gw.dataPlane("cached", ""), cached);
    assertThat(status(hit)).isEqualTo("HIT");
    assertThat(hit.headers().firstValue("cf-aig-step")).contains("0");
    String off = "[" + String.format(step, ",\"cf-aig-cache-ttl\":\"0\"") + "]";
    assertThat(status(gw.http().send("POST", gw.dataPlane("cached", ""), off))).isNull();
    assertThat(calls(path)).isEqualTo(2);
  }

  @Test
  void settingsChangeDropsEntriesWhenAsked() {
    String path = freshPath(MockUpstream.json(200, ANSWER));
    post("inval", path, BODY);
    assertThat(status(post("inval", path, BODY))).isEqualTo("HIT");
    Http.Response put = gw.http().put(gw.gateways("/inval"), gw.admin(), TestGateway.minimalGateway("inval")
        .put("cache_ttl", 600).put("cache_invalidate_on_update", true));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    long deadline = System.currentTimeMillis() + 3000;
    String s;
    do {
      s = status(post("inval", path, BODY));
    } while ("HIT".equals(s) && System.currentTimeMillis() < deadline);
    assertThat(s).isEqualTo("MISS");
  }
}
