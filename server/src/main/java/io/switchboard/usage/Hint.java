package io.switchboard.usage;

import java.nio.charset.StandardCharsets;

/**
 * A cheap byte scan deciding whether a streamed payload can carry usage, so that only those are
 * parsed. A payload qualifies when it holds one of the given keys (matched as a prefix of a quoted
 * key, so {@code "usage} also finds {@code "usageMetadata"}) whose value is not {@code null}.
 */
final class Hint {
  private final byte[][] keys;

  Hint(String... keys) {
    this.keys = new byte[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      this.keys[i] = ('"' + keys[i]).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** One pass over the payload: at each quote, whether one of the keys starts there with a non-null value. */
  boolean matches(byte[] b, int off, int len) {
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (b[i] == '"' && keyAt(b, i, end)) {
        return true;
      }
    }
    return false;
  }

  private boolean keyAt(byte[] b, int at, int end) {
    for (byte[] key : keys) {
      if (startsWith(b, at, end, key) && valueIsNotNull(b, at + key.length, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int at, int end, byte[] key) {
    if (at + key.length > end) {
      return false;
    }
    for (int j = 1; j < key.length; j++) {
      if (b[at + j] != key[j]) {
        return false;
      }
    }
    return true;
  }

  /** After a key's opening: skip to its closing quote, the colon, and look at the value's first byte. */
  private static boolean valueIsNotNull(byte[] b, int i, int end) {
    while (i < end && b[i] != '"') {
      i++;
    }
    i++;
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    if (i >= end || b[i] != ':') {
      return false;
    }
    i++;
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i < end && b[i] != 'n';
  }

  static int indexOf(byte[] b, int from, int end, byte[] needle) {
    int last = end - needle.length;
    outer:
    for (int i = from; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
