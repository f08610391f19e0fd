package io.switchboard.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The only door to Jackson: one configured mapper, parsing that fails as a client error. */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /**
   * For upstream bodies read on the hot path ({@link #tryParse}): the same configuration without the duplicate-key
   * check, which allocated a hash set per object parsed, and which would have lost a response's usage over a
   * repeated key (the last one wins). A reader with the feature turned off still checked: the factory's setting
   * decides.
   */
  private static final ObjectMapper LENIENT = MAPPER.rebuild()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectReader EXACT = MAPPER.reader()
      .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses a request body; malformed input is a 400 naming where and what went wrong. */
  public static JsonNode parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw GatewayException.of(ErrorCode.MALFORMED_JSON, "Malformed JSON: the request body is empty");
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw GatewayException.of(ErrorCode.MALFORMED_JSON, "Malformed JSON: " + describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(Buffer buffer) {
    return parse(buffer == null ? null : buffer.getBytes());
  }

  public static JsonNode parse(String text) {
    return parse(text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Parses a slice of bytes without throwing: malformed or empty input gives {@code null}. For the
   * hot path (usage extraction), where a bad upstream body must never become an error. A repeated key is
   * not an error here: its last value is kept.
   */
  public static JsonNode tryParse(byte[] bytes, int offset, int length) {
    if (bytes == null || length <= 0) {
      return null;
    }
    try {
      return LENIENT.readTree(bytes, offset, length);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Parses text keeping every number exact: decimals become {@link java.math.BigDecimal} nodes, so
   * {@code 0.000001} stays {@code 0.000001}. Malformed input is a {@link ErrorCode#MALFORMED_JSON}.
   */
  public static JsonNode parseExact(String text) {
    if (text == null || text.isBlank()) {
      throw GatewayException.of(ErrorCode.MALFORMED_JSON, "Malformed JSON: the text is empty");
    }
    try {
      return EXACT.readTree(text);
    } catch (JsonProcessingException e) {
      throw GatewayException.of(ErrorCode.MALFORMED_JSON, "Malformed JSON: " + describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a body that must be one JSON object. */
  public static ObjectNode parseObject(Buffer buffer) {
    JsonNode node = parse(buffer);
    if (!node.isObject()) {
      throw GatewayException.of(ErrorCode.MALFORMED_JSON, "Malformed JSON: expected an object, got " + kind(node));
    }
    return (ObjectNode) node;
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Buffer buffer(JsonNode node) {
    try {
      return Buffer.buffer(MAPPER.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A human name for a node's type, used in validation messages. */
  public static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase();
    };
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    if (e.getLocation() != null) {
      return message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
    return message;
  }
}
