package io.switchboard.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the golden scenarios under {@code src/test/resources/golden/<provider>/}. Each scenario directory holds
 * {@code scenario.json} (source URL, kind, model, status), the client request, the expected upstream request, the
 * upstream answer and the expected client answer. JSON is compared as trees (key order does not matter); streams
 * are fed whole, byte by byte and in seeded random splits and must give identical bytes.
 */
public final class Golden {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  /** What a provider test gives the runner; {@code streamBytes} reads a scenario's upstream stream. */
  public record Subject(ChatTranslator chat, EmbeddingsTranslator embeddings, Function<Path, byte[]> streamBytes) {
  }

  private Golden() {
  }

  public static Stream<DynamicTest> run(String provider, Subject subject) throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT.resolve(provider))) {
      List<Path> sorted = dirs.filter(Files::isDirectory).sorted().toList();
      return sorted.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> scenario(dir, subject)));
    }
  }

  /** The upstream stream of a scenario stored as SSE text. */
  public static byte[] sseBytes(Path dir) {
    try {
      return Files.readAllBytes(dir.resolve("upstream-response.sse"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void scenario(Path dir, Subject subject) throws IOException {
    ObjectNode scenario = read(dir, "scenario.json");
    assertThat(scenario.path("source").asText()).as("scenario.json names its source").startsWith("https://");
    String model = scenario.path("model").asText();
    switch (scenario.path("kind").asText()) {
      case "chat" -> chat(dir, subject.chat(), model);
      case "stream" -> stream(dir, subject, model);
      case "error" -> error(dir, subject.chat(), scenario.path("status").asInt());
      case "reject" -> reject(dir, subject.chat(), model);
      case "embeddings" -> embeddings(dir, subject.embeddings(), model);
      default -> throw new AssertionError("unknown kind in " + dir);
    }
  }

  private static void chat(Path dir, ChatTranslator chat, String model) throws IOException {
    UpstreamRequest upstream = chat.toUpstream(read(dir, "client-request.json"), model);
    expect(dir, "upstream-request.json", describe(upstream));
    expect(dir, "client-response.json", chat.toOpenAi(read(dir, "upstream-response.json"), model));
  }

  private static void stream(Path dir, Subject subject, String model) throws IOException {
    ObjectNode request = read(dir, "client-request.json");
    expect(dir, "upstream-request.json", describe(subject.chat().toUpstream(request, model)));
    boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
    byte[] bytes = subject.streamBytes().apply(dir);
    String whole = feed(subject.chat().newStream(model, includeUsage), List.of(bytes));
    assertThat(feed(subject.chat().newStream(model, includeUsage), splits(bytes, 1, null))).isEqualTo(whole);
    for (int seed = 1; seed <= 5; seed++) {
      List<byte[]> parts = splits(bytes, 0, new Random(seed));
      assertThat(feed(subject.chat().newStream(model, includeUsage), parts)).as("seed " + seed).isEqualTo(whole);
    }
    Path expected = dir.resolve("client-response.sse");
    if (record(expected)) {
      Files.writeString(expected, whole);
    }
    assertThat(events(whole)).isEqualTo(events(Files.readString(expected)));
  }

  private static void error(Path dir, ChatTranslator chat, int status) throws IOException {
    Path json = dir.resolve("upstream-response.json");
    Path file = Files.exists(json) ? json : dir.resolve("upstream-response.txt");
    expect(dir, "client-response.json", chat.toOpenAiError(status, Buffer.buffer(Files.readAllBytes(file))));
  }

  private static void reject(Path dir, ChatTranslator chat, String model) throws IOException {
    Throwable thrown = catchThrowable(() -> chat.toUpstream(read(dir, "client-request.json"), model));
    assertThat(thrown).isInstanceOf(GatewayException.class);
    GatewayException e = (GatewayException) thrown;
    ObjectNode actual = Json.object().put("status", e.status()).put("code", e.code().code()).put("message", e.getMessage());
    expect(dir, "client-response.json", actual);
  }

  private static void embeddings(Path dir, EmbeddingsTranslator embeddings, String model) throws IOException {
    ObjectNode request = read(dir, "client-request.json");
    expect(dir, "upstream-request.json", describe(embeddings.toUpstream(request, model)));
    String format = request.path("encoding_format").asText("float");
    expect(dir, "client-response.json", embeddings.toOpenAi(read(dir, "upstream-response.json"), model, format));
  }

  private static ObjectNode describe(UpstreamRequest upstream) {
    ObjectNode out = Json.object().put("path", upstream.path()).put("stream", upstream.stream());
    if (!upstream.headers().isEmpty()) {
      out.set("headers", Json.mapper().valueToTree(upstream.headers()));
    }
    out.set("body", upstream.body());
    return out;
  }

  private static String feed(StreamTranslator stream, List<byte[]> parts) {
    Buffer out = Buffer.buffer();
    parts.forEach(p -> out.appendBuffer(stream.feed(Buffer.buffer(p))));
    return out.appendBuffer(stream.finish()).toString(StandardCharsets.UTF_8);
  }

  /** Fixed-size pieces, or random sizes 1..64 when a random source is given. */
  private static List<byte[]> splits(byte[] bytes, int size, Random random) {
    List<byte[]> out = new ArrayList<>();
    int at = 0;
    while (at < bytes.length) {
      int n = Math.min(bytes.length - at, random == null ? size : 1 + random.nextInt(64));
      byte[] part = new byte[n];
      System.arraycopy(bytes, at, part, 0, n);
      out.add(part);
      at += n;
    }
    return out;
  }

  /** An OpenAI SSE body as its data payloads, JSON ones as trees. */
  private static List<Object> events(String sse) {
    List<Object> out = new ArrayList<>();
    SseParser parser = new SseParser();
    List<SseEvent> all = new ArrayList<>(parser.feed(Buffer.buffer(sse)));
    all.addAll(parser.finish());
    for (SseEvent e : all) {
      out.add(e.data().equals("[DONE]") ? e.data() : Json.parse(e.data()));
    }
    return out;
  }

  private static void expect(Path dir, String name, JsonNode actual) throws IOException {
    Path file = dir.resolve(name);
    if (record(file)) {
      Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    JsonNode normalized = Json.parse(Json.write(actual));
    assertThat(normalized).as(dir.getFileName() + "/" + name).isEqualTo(Json.parse(Files.readAllBytes(file)));
  }

  /** With GOLDEN_RECORD=1 a missing expectation is written from the actual output (then reviewed by hand). */
  private static boolean record(Path file) {
    return !Files.exists(file) && "1".equals(System.getenv("GOLDEN_RECORD"));
  }

  public static ObjectNode read(Path dir, String name) throws IOException {
    return (ObjectNode) Json.parse(Files.readAllBytes(dir.resolve(name)));
  }
}
