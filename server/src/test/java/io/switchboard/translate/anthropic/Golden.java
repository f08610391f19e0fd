package io.switchboard.translate.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.SseEvent;
import io.switchboard.translate.SseParser;
import io.switchboard.translate.StreamTranslator;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Golden-file helpers: scenario folders under {@code src/test/resources/golden/anthropic}, key-order-insensitive
 * JSON comparison (Jackson tree equality), and SSE comparison event by event. Run with
 * {@code -Dgolden.update=true} to write a missing expected file (then review it by hand).
 */
final class Golden {
  static final Path ROOT = Path.of("src", "test", "resources", "golden", "anthropic");
  private static final long[] SEEDS = {1, 7, 42, 1234, 99991};

  private Golden() {
  }

  /** Scenario folders whose scenario.json names this direction. */
  static Stream<Path> scenarios(String direction) throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.exists(d.resolve("scenario.json")))
          .filter(d -> direction.equals(scenario(d).path("direction").asText()))
          .sorted().toList().stream();
    }
  }

  static JsonNode scenario(Path dir) {
    return Json.parse(bytes(dir.resolve("scenario.json")));
  }

  static ObjectNode object(Path file) {
    return (ObjectNode) Json.parse(bytes(file));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts {@code actual}, as written on the wire, equals the JSON in {@code expected}, ignoring key order. */
  static void assertJson(Path expected, JsonNode actual) {
    if (update(expected, Json.mapper().valueToTree(actual).toPrettyString() + "\n")) {
      return;
    }
    JsonNode asSent = Json.parse(Json.write(actual));
    assertThat(asSent).as(expected.toString()).isEqualTo(Json.parse(bytes(expected)));
  }

  /**
   * Feeds {@code input} whole, byte by byte and in seeded random splits to fresh translators; all outputs must be
   * byte-identical, and equal to {@code expected} event by event (data compared as JSON when it is JSON).
   */
  static void assertStream(Path input, Path expected, Supplier<StreamTranslator> translators) {
    byte[] in = bytes(input);
    String whole = run(translators.get(), List.of(in));
    assertThat(run(translators.get(), bytewise(in))).as("byte by byte").isEqualTo(whole);
    for (long seed : SEEDS) {
      assertThat(run(translators.get(), randomSplits(in, seed))).as("random splits, seed " + seed).isEqualTo(whole);
    }
    if (update(expected, whole)) {
      return;
    }
    List<SseEvent> actual = events(whole);
    List<SseEvent> wanted = events(new String(bytes(expected), StandardCharsets.UTF_8));
    assertThat(actual).as(expected + ": event count").hasSameSizeAs(wanted);
    for (int i = 0; i < wanted.size(); i++) {
      assertThat(actual.get(i).event()).as(expected + ": event " + i + " name").isEqualTo(wanted.get(i).event());
      assertThat(data(actual.get(i))).as(expected + ": event " + i + " data").isEqualTo(data(wanted.get(i)));
    }
  }

  static String run(StreamTranslator translator, List<byte[]> chunks) {
    Buffer out = Buffer.buffer();
    for (byte[] chunk : chunks) {
      out.appendBuffer(translator.feed(Buffer.buffer(chunk)));
    }
    return out.appendBuffer(translator.finish()).toString(StandardCharsets.UTF_8);
  }

  static List<SseEvent> events(String sse) {
    SseParser parser = new SseParser();
    List<SseEvent> events = new ArrayList<>(parser.feed(Buffer.buffer(sse)));
    events.addAll(parser.finish());
    return events;
  }

  private static Object data(SseEvent event) {
    return event.data().startsWith("{") ? Json.parse(event.data()) : event.data();
  }

  static List<byte[]> bytewise(byte[] in) {
    List<byte[]> chunks = new ArrayList<>();
    for (byte b : in) {
      chunks.add(new byte[] {b});
    }
    return chunks;
  }

  static List<byte[]> randomSplits(byte[] in, long seed) {
    Random random = new Random(seed);
    List<byte[]> chunks = new ArrayList<>();
    int at = 0;
    while (at < in.length) {
      int size = Math.min(in.length - at, 1 + random.nextInt(40));
      chunks.add(java.util.Arrays.copyOfRange(in, at, at + size));
      at += size;
    }
    return chunks;
  }

  private static boolean update(Path expected, String content) {
    if (Files.exists(expected) || !Boolean.getBoolean("golden.update")) {
      return false;
    }
    try {
      Files.writeString(expected, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
