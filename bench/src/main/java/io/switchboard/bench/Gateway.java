package io.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Switchboard started from its jar as a separate process (pinned like nginx, fresh data directory,
 * the openai provider pointed at the mock), with the two bench gateways created through the
 * management API: {@code bench} (logs collected) and {@code bench-nolog}.
 */
final class Gateway {
  static final String LOGGED = "bench";
  static final String UNLOGGED = "bench-nolog";
  /** Caching on (5 minutes), logs off: the cache HIT case. */
  static final String CACHED = "bench-cache";
  private final Child child;
  private final int port;
  private final String account;
  private final String token;

  private Gateway(Child child, int port, String account, String token) {
    this.child = child;
    this.port = port;
    this.account = account;
    this.token = token;
  }

  static Gateway start(Path jar, List<String> jvmOptions, Path dir, int mockPort, int core) {
    return start(jar, jvmOptions, dir, mockPort, core, List.of());
  }

  /** With extra gateway flags ({@code extraArgs}, e.g. {@code --log-queue-size}). */
  static Gateway start(Path jar, List<String> jvmOptions, Path dir, int mockPort, int core, List<String> extraArgs) {
    return start("java", jar, jvmOptions, dir, mockPort, core, extraArgs);
  }

  /** On the java launcher {@code java} (a path, or "java" for the one on the PATH). */
  static Gateway start(String java, Path jar, List<String> jvmOptions, Path dir, int mockPort, int core,
      List<String> extraArgs) {
    byte[] random = new byte[36];
    new SecureRandom().nextBytes(random);
    String account = HexFormat.of().formatHex(random, 0, 16);
    String token = HexFormat.of().formatHex(random, 16, 36);
    int port = Ports.free();
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port),
        "--data-dir", dir.resolve("data").toString(), "--account-id", account, "--bootstrap-token", token,
        "--upstream", "openai=http://127.0.0.1:" + mockPort + "/v1", "--upstream-pool-size", "2048",
        "--shutdown-grace-ms", "2000"));
    cmd.addAll(extraArgs);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Child child = Child.start("switchboard", core, cmd, dir.resolve("switchboard.out"));
    Ports.awaitOpen(port, 60_000, child);
    Gateway gateway = new Gateway(child, port, account, token);
    gateway.create(token, LOGGED, true, 0);
    gateway.create(token, UNLOGGED, false, 0);
    gateway.create(token, CACHED, false, 300);
    return gateway;
  }

  /** The chat completions URL through gateway {@code id}. */
  String url(String id) {
    return "http://127.0.0.1:" + port + "/v1/" + account + "/" + id + "/openai/chat/completions";
  }

  Child child() {
    return child;
  }

  /** How many log entries gateway {@code id} holds: the logs API's {@code result_info.total_count}. */
  long logCount(String id) {
    String body = get("/client/v4/accounts/" + account + "/ai-gateway/gateways/" + id + "/logs?per_page=1", token);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total_count\"\\s*:\\s*(\\d+)").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no total_count in the logs API's answer: " + body);
    }
    return Long.parseLong(m.group(1));
  }

  /** The sum of the samples of one metric family in {@code GET /metrics}. */
  double metric(String name) {
    double sum = 0;
    for (String line : get("/metrics", null).split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  private String get(String path, String bearer) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + ": HTTP " + r.statusCode() + " " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void create(String token, String id, boolean logs, int cacheTtl) {
    String body = "{\"id\":\"" + id + "\",\"cache_ttl\":" + cacheTtl + ",\"cache_invalidate_on_update\":false,"
        + "\"collect_logs\":" + logs + ",\"rate_limiting_interval\":0,\"rate_limiting_limit\":0}";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/client/v4/accounts/" + account + "/ai-gateway/gateways"))
        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException("creating gateway " + id + ": HTTP " + r.statusCode() + " " + r.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("creating gateway " + id + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
