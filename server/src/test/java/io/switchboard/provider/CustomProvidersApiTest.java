package io.switchboard.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.Switchboard;
import io.switchboard.config.SettingsLoader;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custom providers API against SQLite; {@link CustomProvidersPostgresApiTest} reruns it on PostgreSQL. */
class CustomProvidersApiTest {
  static final String ADMIN = "x".repeat(40);
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Switchboard> started = new ArrayList<>();
  @TempDir
  Path tmp;
  private Switchboard sb;

  /** Extra settings for the store under test. */
  protected List<String> storeArgs() {
    return List.of();
  }

  @BeforeEach
  void start() {
    sb = start(false);
  }

  @AfterEach
  void stop() {
    started.forEach(Switchboard::stop);
  }

  private Switchboard start(boolean allowHttp) {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--data-dir", tmp.resolve("d" + started.size())
        .toString(), "--bootstrap-token", ADMIN, "--allow-http-custom-providers", String.valueOf(allowHttp)));
    args.addAll(storeArgs());
    Switchboard s = Switchboard.start(SettingsLoader.load(args, Map.of()));
    started.add(s);
    return s;
  }

  @Test
  void createReturnsTheFullObjectWithDefaults() {
    JsonNode p = ok(call(sb, "POST", "", body("Local LLM", "Local-LLM", "https://llm.example.com/v1/")));
    assertThat(p.path("id").asText()).matches("[0-9a-f]{32}");
    assertThat(p.path("name").asText()).isEqualTo("Local LLM");
    assertThat(p.path("slug").asText()).isEqualTo("local-llm");
    assertThat(p.path("base_url").asText()).isEqualTo("https://llm.example.com/v1");
    assertThat(p.path("enable").asBoolean()).isFalse();
    assertThat(p.path("beta").asBoolean()).isFalse();
    assertThat(p.path("description").isNull()).isTrue();
    assertThat(java.util.Base64.getDecoder().decode(p.path("logo").asText())).asString().contains("<svg", "LL");
    assertThat(p.path("created_at").asText()).endsWith("Z").isEqualTo(p.path("modified_at").asText());
    assertThat(ok(call(sb, "GET", "/" + p.path("id").asText(), null))).isEqualTo(p);
  }

  @Test
  void baseUrlMustBeHttpsUnlessAllowed() {
    Response r = call(sb, "POST", "", body("n", "local", "http://127.0.0.1:8000/v1"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").get(0).path("path").get(0).asText()).isEqualTo("base_url");
    assertThat(r.json().path("errors").get(0).path("code").asInt()).isEqualTo(7001);

    Switchboard permissive = start(true);
    JsonNode p = ok(call(permissive, "POST", "", body("n", "local", "http://127.0.0.1:8000/v1")));
    assertThat(p.path("base_url").asText()).isEqualTo("http://127.0.0.1:8000/v1");
    assertThat(call(permissive, "POST", "", body("n", "ftp", "ftp://x/y")).status()).isEqualTo(400);
  }

  @Test
  void validationNamesEveryBadField() {
    Response r = call(sb, "POST", "", "{\"slug\":\"bad slug\",\"base_url\":\"https://u:p@x.com\",\"enable\":\"yes\","
        + "\"colour\":1}");
    assertThat(r.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().path("errors").forEach(e -> fields.add(e.path("path").get(0).asText()));
    assertThat(fields).containsExactlyInAnyOrder("colour", "name", "slug", "base_url", "enable");
  }

  @Test
  void duplicateSlugIsConflict() {
    ok(call(sb, "POST", "", body("a", "same", "https://a.example.com")));
    Response r = call(sb, "POST", "", body("b", "SAME", "https://b.example.com"));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("errors").get(0).path("message").asText()).contains("same");
  }

  @Test
  void listPagesFiltersSearchesAndOrders() {
    for (String name : List.of("Delta", "alpha", "Charlie", "bravo", "Echo")) {
      String extra = name.equals("bravo") ? ",\"enable\":true,\"beta\":true" : "";
      ok(call(sb, "POST", "", body(name, name.toLowerCase() + "-p", "https://" + name.toLowerCase() + ".example.com",
          extra)));
    }
    JsonNode page = call(sb, "GET", "?per_page=2&page=2", null).json();
    assertThat(names(page)).containsExactly("Charlie", "Delta");
    assertThat(page.path("result_info").path("total_count").asInt()).isEqualTo(5);
    assertThat(page.path("result_info").path("total_pages").asInt()).isEqualTo(3);
    assertThat(page.path("result_info").path("count").asInt()).isEqualTo(2);
    assertThat(names(call(sb, "GET", "?order_by=name%20DESC&per_page=2", null).json())).containsExactly("Echo", "Delta");
    assertThat(names(call(sb, "GET", "?order_by=slug", null).json())).startsWith("alpha", "bravo");
    assertThat(names(call(sb, "GET", "?search=HARL", null).json())).containsExactly("Charlie");
    assertThat(names(call(sb, "GET", "?search=o-p", null).json())).containsExactly("bravo", "Echo");
    assertThat(names(call(sb, "GET", "?enable=true", null).json())).containsExactly("bravo");
    assertThat(names(call(sb, "GET", "?beta=false", null).json())).hasSize(4);
    assertThat(names(call(sb, "GET", "?page=9", null).json())).isEmpty();
    assertThat(call(sb, "GET", "?per_page=101", null).status()).isEqualTo(400);
    assertThat(call(sb, "GET", "?order_by=password", null).status()).isEqualTo(400);
    assertThat(call(sb, "GET", "?enable=maybe", null).status()).isEqualTo(400);
  }

  @Test
  void patchUpdatesOnlyGivenFieldsAndChecksSlugs() {
    JsonNode p = ok(call(sb, "POST", "", body("One", "one", "https://one.example.com", ",\"description\":\"d\"")));
    ok(call(sb, "POST", "", body("Two", "two", "https://two.example.com")));
    String id = p.path("id").asText();
    JsonNode patched = ok(call(sb, "PATCH", "/" + id, "{\"name\":\"Uno\",\"enable\":true,\"description\":null}"));
    assertThat(patched.path("name").asText()).isEqualTo("Uno");
    assertThat(patched.path("slug").asText()).isEqualTo("one");
    assertThat(patched.path("enable").asBoolean()).isTrue();
    assertThat(patched.path("description").isNull()).isTrue();
    assertThat(patched.path("created_at")).isEqualTo(p.path("created_at"));
    assertThat(call(sb, "PATCH", "/" + id, "{\"slug\":\"two\"}").status()).isEqualTo(409);
    assertThat(call(sb, "PATCH", "/" + id, "{\"base_url\":\"http://x\"}").status()).isEqualTo(400);
    assertThat(call(sb, "PATCH", "/nope", "{\"name\":\"x\"}").status()).isEqualTo(404);
  }

  @Test
  void enabledProvidersResolveAndDeletedOnesDoNot() {
    String id = ok(call(sb, "POST", "", body("Mine", "mine", "https://llm.example.com/api"))).path("id").asText();
    assertThatThrownBy(() -> sb.providers().resolve("custom-mine", "/v1/chat", null, null))
        .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PROVIDER));

    ok(call(sb, "PATCH", "/" + id, "{\"enable\":true}"));
    UpstreamTarget t = sb.providers().resolve("custom-mine", "/v1/chat/completions", "a=1&b=2", null);
    assertThat(t.url()).isEqualTo("https://llm.example.com/api/v1/chat/completions?a=1&b=2");
    assertThat(t.provider()).isEqualTo("custom-mine");

    ok(call(sb, "DELETE", "/" + id, null));
    assertThat(call(sb, "GET", "/" + id, null).status()).isEqualTo(404);
    assertThatThrownBy(() -> sb.providers().resolve("custom-mine", "/v1/chat", null, null))
        .isInstanceOf(GatewayException.class);
  }

  @Test
  void readNeedsReadAndWriteNeedsEdit() {
    assertThat(call(sb, "GET", "", null, null).status()).isEqualTo(401);
    String reader = ok(request(sb, "POST", "/client/v4/accounts/" + sb.accountId() + "/tokens",
        "{\"name\":\"r\",\"permissions\":[\"AI Gateway Read\"]}", ADMIN)).path("value").asText();
    assertThat(call(sb, "GET", "", null, reader).status()).isEqualTo(200);
    assertThat(call(sb, "POST", "", body("n", "s", "https://x.example.com"), reader).status()).isEqualTo(403);
    assertThat(request(sb, "GET", "/client/v4/accounts/" + "f".repeat(32) + "/ai-gateway/custom-providers", null,
        ADMIN).status()).isEqualTo(404);
  }

  private static String body(String name, String slug, String url) {
    return body(name, slug, url, "");
  }

  private static String body(String name, String slug, String url, String extra) {
    return "{\"name\":\"" + name + "\",\"slug\":\"" + slug + "\",\"base_url\":\"" + url + "\"" + extra + "}";
  }

  private static List<String> names(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.path("result").forEach(p -> out.add(p.path("name").asText()));
    return out;
  }

  private static JsonNode ok(Response r) {
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("success").asBoolean()).isTrue();
    return r.json().path("result");
  }

  record Response(int status, String text) {
    JsonNode json() {
      return Json.parse(text);
    }
  }

  private Response call(Switchboard s, String method, String suffix, String json) {
    return call(s, method, suffix, json, ADMIN);
  }

  private Response call(Switchboard s, String method, String suffix, String json, String token) {
    return request(s, method, "/client/v4/accounts/" + s.accountId() + "/ai-gateway/custom-providers" + suffix, json,
        token);
  }

  private Response request(Switchboard s, String method, String path, String json, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .header("content-type", "application/json");
    if (token != null) {
      b.header("authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
