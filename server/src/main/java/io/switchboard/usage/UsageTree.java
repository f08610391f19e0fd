package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;

/**
 * Parses a response body or one streamed payload into the part of its tree the usage formats read:
 * every array nested in an object ({@code choices}, {@code candidates}, {@code content}, {@code output})
 * is emptied by a byte scan before the JSON parser sees it. No format reads usage inside such an array,
 * and they hold the bulk of a response, so the parser reads a few hundred bytes whatever the response's
 * size. A top-level array keeps its elements (Gemini's streamed JSON array), with their nested arrays
 * emptied. Null when the bytes are not JSON; never throws.
 */
final class UsageTree {
  private UsageTree() {
  }

  static JsonNode parse(byte[] bytes, int offset, int length) {
    if (bytes == null || length <= 0) {
      return null;
    }
    byte[] skimmed = new byte[length];
    int n = skim(bytes, offset, offset + length, skimmed);
    return n < 0 ? null : Json.tryParse(skimmed, 0, n);
  }

  /**
   * Copies {@code b[from, to)} into {@code out} with the contents of every array that opens inside an
   * object left out; returns the bytes written, or -1 when a string or array does not end.
   */
  static int skim(byte[] b, int from, int to, byte[] out) {
    int n = 0;
    int objects = 0;
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (c == '"') {
        int end = stringEnd(b, i, to);
        if (end < 0) {
          return -1;
        }
        System.arraycopy(b, i, out, n, end - i);
        n += end - i;
        i = end;
        continue;
      }
      if (c == '{') {
        objects++;
      } else if (c == '}') {
        objects--;
      } else if (c == '[' && objects > 0) {
        int end = arrayEnd(b, i, to);
        if (end < 0) {
          return -1;
        }
        out[n++] = '[';
        out[n++] = ']';
        i = end;
        continue;
      }
      out[n++] = c;
      i++;
    }
    return n;
  }

  /** The index after the string opening at {@code at}, or -1. */
  private static int stringEnd(byte[] b, int at, int to) {
    for (int i = at + 1; i < to; i++) {
      if (b[i] == '\\') {
        i++;
      } else if (b[i] == '"') {
        return i + 1;
      }
    }
    return -1;
  }

  /** The index after the array opening at {@code at} (strings and nested arrays skipped), or -1. */
  private static int arrayEnd(byte[] b, int at, int to) {
    int depth = 0;
    for (int i = at; i < to; i++) {
      byte c = b[i];
      if (c == '"') {
        i = stringEnd(b, i, to);
        if (i < 0) {
          return -1;
        }
        i--;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }
}
