package io.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for tests: every call returns status and parsed JSON, and checks no stack trace leaks. */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String baseUrl;

  public Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** One response: status, raw body, and the body parsed as JSON (null when it is not JSON). */
  public record Response(int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {
    /** The first error's code, from either error shape. */
    public int errorCode() {
      JsonNode errors = json.has("errors") ? json.path("errors") : json.path("error");
      return errors.path(0).path("code").asInt();
    }

    public String errorMessage() {
      JsonNode errors = json.has("errors") ? json.path("errors") : json.path("error");
      return errors.path(0).path("message").asText();
    }

    public JsonNode result() {
      return json.path("result");
    }
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public Response post(String path, String token, String body) {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response put(String path, String token, String body) {
    return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response patch(String path, String token, String body) {
    return send(request(path, token).method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response post(String path, String token, JsonNode body) {
    return post(path, token, Json.write(body));
  }

  public Response put(String path, String token, JsonNode body) {
    return put(path, token, Json.write(body));
  }

  /** A request with any headers, for the data plane. */
  public Response send(String method, String path, String body, String... headerPairs) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headerPairs.length; i += 2) {
      b.header(headerPairs[i], headerPairs[i + 1]);
    }
    return send(b);
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
        .header("content-type", "application/json");
    if (token != null) {
      b.header("authorization", "Bearer " + token);
    }
    return b;
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).as("no stack trace in a response").doesNotContain("\tat ").doesNotContain(".java:")
          .doesNotContain("Exception");
      return new Response(r.statusCode(), r.body(), parse(r.body()), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return Json.parse(body);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
