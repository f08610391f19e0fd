package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A small strict JSON parser for the skimmed payloads of {@link UsageTree}: a few hundred bytes of
 * objects, numbers and short strings, parsed into Jackson nodes (what the formats read) without the
 * general machinery of Jackson's own parser, which cost more than the parsing itself for payloads this
 * small. Anything that is not valid JSON, or nests deeper than {@link #MAX_DEPTH}, is null.
 */
final class UsageJson {
  static final int MAX_DEPTH = 256;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Names seen lately, by hash; a racy cache of immutable strings (a lost write only costs a decode). */
  private static final String[] NAMES = new String[512];
  private final byte[] b;
  private final int end;
  private int i;

  private UsageJson(byte[] b, int from, int to) {
    this.b = b;
    this.i = from;
    this.end = to;
  }

  /** The value in {@code b[from, to)}, or null when it is not one valid JSON value. */
  static JsonNode parse(byte[] b, int from, int to) {
    UsageJson p = new UsageJson(b, from, to);
    try {
      JsonNode v = p.value(0);
      p.space();
      return p.i == p.end ? v : null;
    } catch (Malformed e) {
      return null;
    }
  }

  private JsonNode value(int depth) {
    if (depth > MAX_DEPTH) {
      throw Malformed.INSTANCE;
    }
    space();
    byte c = peek();
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> NODES.textNode(string());
      case 't' -> literal("true", NODES.booleanNode(true));
      case 'f' -> literal("false", NODES.booleanNode(false));
      case 'n' -> literal("null", NODES.nullNode());
      default -> number();
    };
  }

  private ObjectNode object(int depth) {
    ObjectNode o = NODES.objectNode();
    i++;
    space();
    if (peek() == '}') {
      i++;
      return o;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw Malformed.INSTANCE;
      }
      String name = name();
      space();
      expect(':');
      o.set(name, value(depth + 1));
      space();
      byte c = next();
      if (c == '}') {
        return o;
      }
      if (c != ',') {
        throw Malformed.INSTANCE;
      }
    }
  }

  private ArrayNode array(int depth) {
    ArrayNode a = NODES.arrayNode();
    i++;
    space();
    if (peek() == ']') {
      i++;
      return a;
    }
    while (true) {
      a.add(value(depth + 1));
      space();
      byte c = next();
      if (c == ']') {
        return a;
      }
      if (c != ',') {
        throw Malformed.INSTANCE;
      }
    }
  }

  /**
   * A member name: plain ASCII names come from {@link #NAMES}, a small table shared by every parse
   * (the formats meet the same few dozen names over and over), so that a name is not decoded per use.
   */
  private String name() {
    int start = i + 1;
    int hash = 0;
    int k = start;
    while (k < end && b[k] != '"' && b[k] != '\\' && b[k] > 0x20) {
      hash = 31 * hash + b[k];
      k++;
    }
    if (k >= end || b[k] != '"' || k - start > 64) {
      return string();
    }
    int slot = (hash ^ (hash >>> 16)) & (NAMES.length - 1);
    String known = NAMES[slot];
    if (known != null && sameAscii(known, start, k)) {
      i = k + 1;
      return known;
    }
    String name = new String(b, start, k - start, StandardCharsets.ISO_8859_1);
    NAMES[slot] = name;
    i = k + 1;
    return name;
  }

  private boolean sameAscii(String known, int start, int stop) {
    if (known.length() != stop - start) {
      return false;
    }
    for (int k = 0; k < known.length(); k++) {
      if (known.charAt(k) != b[start + k]) {
        return false;
      }
    }
    return true;
  }

  private String string() {
    int start = ++i;
    while (i < end && b[i] != '"' && b[i] != '\\' && (b[i] >= 0x20 || b[i] < 0)) {
      i++;
    }
    if (i < end && b[i] == '"') {
      return new String(b, start, i++ - start, StandardCharsets.UTF_8);
    }
    i = start;
    return escapedString();
  }

  /** The slow path: a string with escapes. */
  private String escapedString() {
    StringBuilder s = new StringBuilder();
    int run = i;
    while (true) {
      byte c = next();
      if (c == '"') {
        s.append(new String(b, run, i - 1 - run, StandardCharsets.UTF_8));
        return s.toString();
      }
      if (c >= 0 && c < 0x20) {
        throw Malformed.INSTANCE;
      }
      if (c == '\\') {
        s.append(new String(b, run, i - 1 - run, StandardCharsets.UTF_8));
        s.append(escape(next()));
        run = i;
      }
    }
  }

  private char escape(byte c) {
    return switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> (char) hex4();
      default -> throw Malformed.INSTANCE;
    };
  }

  private int hex4() {
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(next(), 16);
      if (d < 0) {
        throw Malformed.INSTANCE;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private JsonNode number() {
    int start = i;
    if (peekOr('-')) {
      i++;
    }
    int digits = digits();
    if (digits == 0 || (b[i - digits] == '0' && digits > 1)) {
      throw Malformed.INSTANCE;
    }
    boolean integral = true;
    if (i < end && b[i] == '.') {
      i++;
      integral = false;
      if (digits() == 0) {
        throw Malformed.INSTANCE;
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      integral = false;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      if (digits() == 0) {
        throw Malformed.INSTANCE;
      }
    }
    if (integral && i - start <= 18) {
      return NODES.numberNode(integer(start, i));
    }
    String text = new String(b, start, i - start, StandardCharsets.US_ASCII);
    return integral ? NODES.numberNode(new BigInteger(text)) : NODES.numberNode(Double.parseDouble(text));
  }

  /** An optionally negative integer of at most 18 characters, read straight from the bytes. */
  private long integer(int from, int to) {
    boolean negative = b[from] == '-';
    long v = 0;
    for (int k = negative ? from + 1 : from; k < to; k++) {
      v = v * 10 + (b[k] - '0');
    }
    return negative ? -v : v;
  }

  private int digits() {
    int start = i;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i - start;
  }

  private JsonNode literal(String word, JsonNode node) {
    for (int k = 0; k < word.length(); k++) {
      if (next() != word.charAt(k)) {
        throw Malformed.INSTANCE;
      }
    }
    return node;
  }

  private void space() {
    while (i < end && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
  }

  private void expect(char c) {
    if (next() != c) {
      throw Malformed.INSTANCE;
    }
  }

  private boolean peekOr(char c) {
    return i < end && b[i] == c;
  }

  private byte peek() {
    if (i >= end) {
      throw Malformed.INSTANCE;
    }
    return b[i];
  }

  private byte next() {
    if (i >= end) {
      throw Malformed.INSTANCE;
    }
    return b[i++];
  }

  /** Not valid JSON; thrown without a stack trace and caught in {@link #parse}. */
  private static final class Malformed extends RuntimeException {
    static final Malformed INSTANCE = new Malformed();

    private Malformed() {
      super("malformed JSON", null, false, false);
    }
  }
}
