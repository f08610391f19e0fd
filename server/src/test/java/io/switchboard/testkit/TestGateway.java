package io.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.Switchboard;
import io.switchboard.json.Json;
import io.switchboard.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole gateway started in-process on one {@link Backend.Place}, with its admin token and an
 * {@link Http} client. Closing it stops the gateway and removes the place's data.
 */
public final class TestGateway implements AutoCloseable {
  private final Backend.Place place;
  private final String[] extraArgs;
  private Switchboard running;
  private String adminToken;
  private Http http;

  private TestGateway(Backend.Place place, String... extraArgs) {
    this.place = place;
    this.extraArgs = extraArgs;
  }

  private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
      .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(5)).build();

  /** Starts a gateway on a fresh SQLite place; {@code extraArgs} such as {@code --upstream openai=...}. */
  public static TestGateway start(String... extraArgs) {
    return start(Backend.SQLITE, extraArgs);
  }

  /** Starts a gateway on a fresh place of {@code backend}. */
  public static TestGateway start(Backend backend, String... extraArgs) {
    TestGateway g = new TestGateway(backend.newPlace(), extraArgs);
    g.startAgain();
    return g;
  }

  /** Starts (again) on the same place; keeps the first admin token. */
  public Switchboard startAgain() {
    running = Switchboard.start(place.settings(extraArgs));
    if (adminToken == null) {
      adminToken = running.newAdminToken();
    }
    http = new Http(running.baseUrl());
    return running;
  }

  public void stop() {
    running.stop();
  }

  public Switchboard switchboard() {
    return running;
  }

  public Backend.Place place() {
    return place;
  }

  public Http http() {
    return http;
  }

  public String admin() {
    return adminToken;
  }

  public String accountId() {
    return running.accountId();
  }

  /** {@code /client/v4/accounts/{account}/ai-gateway/gateways} plus {@code suffix}. */
  public String gateways(String suffix) {
    return "/client/v4/accounts/" + accountId() + "/ai-gateway/gateways" + suffix;
  }

  /** {@code /client/v4/accounts/{account}/tokens} plus {@code suffix}. */
  public String tokens(String suffix) {
    return "/client/v4/accounts/" + accountId() + "/tokens" + suffix;
  }

  /** {@code /v1/{account}/{gateway}} plus {@code suffix}. */
  public String dataPlane(String gateway, String suffix) {
    return "/v1/" + accountId() + "/" + gateway + suffix;
  }

  /** The gateway's base URL, e.g. {@code http://127.0.0.1:PORT}. */
  public String base() {
    return running.baseUrl();
  }

  /** The absolute data-plane URL of a gateway: {@code http://host:port/v1/{account}/{gateway}}. */
  public String gatewayUrl(String gateway) {
    return base() + dataPlane(gateway, "");
  }

  /** Creates a gateway with the minimal body plus {@code extraFields} (JSON members, e.g. {@code "retry_delay":10}). */
  public void createGateway(String id, String extraFields) {
    ObjectNode body = minimalGateway(id);
    if (!extraFields.isEmpty()) {
      body.setAll((ObjectNode) Json.parse("{" + extraFields + "}"));
    }
    Http.Response r = http.post(gateways(""), adminToken, body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** A plain JDK HTTP/1.1 client for data-plane tests that need raw responses, streams or bytes. */
  public java.net.http.HttpClient client() {
    return client;
  }

  /** Sends a request with {@link #client()} and reads the body as a string. */
  public java.net.http.HttpResponse<String> send(java.net.http.HttpRequest request) {
    try {
      return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates an API token with these permission names and returns its value. */
  public String newToken(String... permissions) {
    ObjectNode body = Json.object().put("name", "test token");
    permissions(body, permissions);
    Http.Response r = http.post(tokens(""), adminToken, body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.result().path("value").asText();
  }

  /** A valid create body: the required fields, with {@code id}. */
  public static ObjectNode minimalGateway(String id) {
    ObjectNode body = Json.object().put("id", id);
    body.put("cache_invalidate_on_update", false).put("cache_ttl", 0).put("collect_logs", true)
        .put("rate_limiting_interval", 0).put("rate_limiting_limit", 0);
    return body;
  }

  /** Creates a gateway with the minimal body and fails the test if that does not work. */
  public void createGateway(String id) {
    Http.Response r = http.post(gateways(""), adminToken, minimalGateway(id));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** Every row of a table, each as the text of all its columns joined (read through a second pool). */
  public List<String> rows(String table) {
    try (Database db = Database.open(place.settings())) {
      return db.jdbc().query("SELECT * FROM " + table, ps -> { }, rs -> {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          cols.add(String.valueOf(rs.getString(i)));
        }
        return String.join("|", cols);
      });
    }
  }

  private static void permissions(ObjectNode body, String... names) {
    var array = body.putArray("permissions");
    for (String n : names) {
      array.add(n);
    }
  }

  @Override
  public void close() {
    try {
      running.stop();
    } finally {
      place.close();
    }
  }
}
