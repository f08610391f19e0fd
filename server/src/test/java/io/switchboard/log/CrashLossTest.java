package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.config.SettingsLoader;
import io.switchboard.store.Database;
import io.switchboard.testkit.MockUpstream;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A kill -9 of the gateway under load loses no log entry of a response that completed more than
 * {@link #WINDOW_MS} before the kill: the gateway runs as a child process, the test counts rows.
 */
class CrashLossTest {
  static final long WINDOW_MS = 1000;
  static final String TOKEN = "sb_crash_test_token_0123456789abcdefghijklmnopq";
  static final String ACCOUNT = "0123456789abcdef0123456789abcdef";

  @Test
  void killNineLosesAtMostTheStatedWindow() throws Exception {
    Path dir = Files.createTempDirectory("switchboard-crash");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (MockUpstream mock = new MockUpstream()) {
      mock.on("/v1/chat/completions", MockUpstream.json(200, "{\"id\":\"c\",\"model\":\"m\"}"));
      Process gateway = start(List.of("--port", String.valueOf(port), "--data-dir", dir.toString(),
          "--bootstrap-token", TOKEN, "--account-id", ACCOUNT, "--upstream", "openai=" + mock.base() + "/v1"));
      try {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + port;
        awaitHealthy(http, base);
        String account = ACCOUNT;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/client/v4/accounts/"
            + account + "/ai-gateway/gateways")).header("authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"crash\",\"cache_ttl\":0,\"cache_invalidate_on_update\":"
                + "false,\"collect_logs\":true,\"rate_limiting_interval\":0,\"rate_limiting_limit\":0}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        Map<String, Long> completed = new ConcurrentHashMap<>();
        AtomicBoolean go = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(8);
        URI chat = URI.create(base + "/v1/" + account + "/crash/openai/chat/completions");
        for (int t = 0; t < 8; t++) {
          load.submit(() -> {
            while (go.get()) {
              try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(chat).timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                  completed.put(r.headers().firstValue("cf-aig-log-id").orElseThrow(), System.currentTimeMillis());
                }
              } catch (Exception e) {
                return null;
              }
            }
            return null;
          });
        }
        long until = System.currentTimeMillis() + 20_000;
        while ((completed.size() < 400 || System.currentTimeMillis() < until - 17_500)
            && System.currentTimeMillis() < until) {
          Thread.sleep(50);
        }
        long killedAt = System.currentTimeMillis();
        gateway.destroyForcibly();
        gateway.waitFor(10, TimeUnit.SECONDS);
        go.set(false);
        load.shutdown();
        load.awaitTermination(10, TimeUnit.SECONDS);

        Set<String> stored = storedIds(dir);
        long mustHave = completed.entrySet().stream().filter(e -> e.getValue() < killedAt - WINDOW_MS).count();
        Set<String> missing = new HashSet<>();
        completed.forEach((id, at) -> {
          if (at < killedAt - WINDOW_MS && !stored.contains(id)) {
            missing.add(id);
          }
        });
        assertThat(mustHave).as("requests completed before the window").isGreaterThan(100);
        assertThat(missing).as("entries lost outside the window").isEmpty();
      } finally {
        gateway.destroyForcibly();
      }
    }
  }

  private Process start(List<String> args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
        "io.switchboard.Main"));
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static void awaitHealthy(HttpClient http, String base) throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("gateway did not start");
  }

  private static Set<String> storedIds(Path dir) {
    try (Database db = Database.open(SettingsLoader.load(List.of("--data-dir", dir.toString()), Map.of()))) {
      return new HashSet<>(db.jdbc().query("SELECT id FROM logs", ps -> { }, rs -> rs.getString(1)));
    }
  }
}
