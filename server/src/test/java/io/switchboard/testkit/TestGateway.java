package io.switchboard.testkit;

import io.switchboard.Switchboard;
import io.switchboard.config.SettingsLoader;
import io.switchboard.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A gateway started in-process on a free port with a fresh SQLite store and a known admin token. */
public final class TestGateway implements AutoCloseable {
  public static final String ADMIN_TOKEN = "sb_test_admin_token_0123456789abcdefghijklmnop";
  private final Switchboard switchboard;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private TestGateway(Switchboard switchboard) {
    this.switchboard = switchboard;
  }

  /** Starts a gateway; {@code extra} are further command-line settings such as {@code --upstream openai=...}. */
  public static TestGateway start(String... extra) {
    try {
      Path dir = Files.createTempDirectory("switchboard-test");
      List<String> args = new ArrayList<>(List.of("--port", "0", "--data-dir", dir.toString(),
          "--bootstrap-token", ADMIN_TOKEN, "--settings-refresh-ms", "60000"));
      args.addAll(List.of(extra));
      return new TestGateway(Switchboard.start(SettingsLoader.load(args, Map.of())));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return switchboard.baseUrl();
  }

  public String accountId() {
    return switchboard.accountId();
  }

  /** The data-plane base of a gateway: {@code http://host:port/v1/{account}/{gateway}}. */
  public String gatewayUrl(String gateway) {
    return base() + "/v1/" + accountId() + "/" + gateway;
  }

  /** Creates a gateway with the given extra settings (JSON fields) through the management API. */
  public void createGateway(String id, String extraFields) {
    String body = "{\"id\":\"" + id + "\",\"cache_ttl\":0,\"cache_invalidate_on_update\":false,\"collect_logs\":true,"
        + "\"rate_limiting_interval\":0,\"rate_limiting_limit\":0" + (extraFields.isEmpty() ? "" : "," + extraFields)
        + "}";
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/client/v4/accounts/" + accountId()
        + "/ai-gateway/gateways")).header("authorization", "Bearer " + ADMIN_TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("create gateway failed: " + r.statusCode() + " " + r.body());
    }
    Json.parse(r.body());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpClient http() {
    return http;
  }

  public Switchboard switchboard() {
    return switchboard;
  }

  @Override
  public void close() {
    switchboard.stop();
  }
}
