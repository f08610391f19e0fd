package io.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** One request of each kind before the load, so a target that cannot answer is named in the report. */
final class Probe {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private Probe() {
  }

  static void check(Target target, List<String> notes) {
    for (boolean stream : new boolean[] {false, true}) {
      String problem = problem(target.url(), stream);
      if (problem != null) {
        String note = target.name() + " does not answer a " + (stream ? "streamed" : "non-streamed")
            + " request correctly (" + problem + "); its figures measure errors, not proxying";
        notes.add(note);
        Bench.progress("WARNING: " + note);
      }
    }
  }

  private static String problem(String url, boolean stream) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").header("Authorization", "Bearer sk-bench-not-a-real-key")
        .POST(HttpRequest.BodyPublishers.ofString(OpenAiBodies.request(stream))).build();
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return "HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length()));
      }
      boolean ok = stream ? r.body().contains("data: [DONE]") : r.body().contains("\"chat.completion\"");
      return ok ? null : "unexpected body";
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
