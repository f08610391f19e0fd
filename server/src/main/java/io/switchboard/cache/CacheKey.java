package io.switchboard.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache key recipe (docs/cache.md): hex SHA-256 over length-prefixed parts
 * {@code "sb-cache-v1", gateway, provider, method, path?query, body part, identity}. The body part is
 * the body with JSON objects' members sorted (any other body: its bytes), or, with
 * {@code cf-aig-cache-key}, {@code "custom:" + that value} instead of provider, method, path and
 * body. The identity is {@link #identity}: callers with different credentials never share an entry.
 * {@code cf-aig-metadata} and other headers are not part of the key.
 */
public final class CacheKey {
  private static final int MAX_NAMES = 1024;
  /** Header name as sent → its lower-cased form when it is a credential, "" when it is not. */
  private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

  private CacheKey() {
  }

  public static String of(String gatewayId, String provider, String method, String pathAndQuery, Buffer body,
      String customKey, String identity) {
    MessageDigest d = sha256();
    part(d, "sb-cache-v1".getBytes(StandardCharsets.UTF_8));
    part(d, gatewayId.getBytes(StandardCharsets.UTF_8));
    if (customKey != null) {
      part(d, ("custom:" + customKey).getBytes(StandardCharsets.UTF_8));
    } else {
      part(d, provider.getBytes(StandardCharsets.UTF_8));
      part(d, method.getBytes(StandardCharsets.UTF_8));
      part(d, pathAndQuery.getBytes(StandardCharsets.UTF_8));
      part(d, canonicalBody(body));
    }
    part(d, identity.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * Hex SHA-256 of the caller's credential headers: every header whose lower-cased name contains
   * {@code auth}, {@code key}, {@code token}, {@code secret} or {@code cookie} (the gateway token
   * {@code cf-aig-authorization} included; other {@code cf-aig-*} headers excluded), as sorted
   * {@code name:value} lines ({@link #credentials}). Raw credentials never leave this method.
   */
  static String identity(List<String> credentialLines) {
    MessageDigest d = sha256();
    credentialLines.forEach(line -> part(d, line.getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(d.digest());
  }

  /** The caller's credential headers as {@code name:value} lines, sorted by name (see {@link #identity}). */
  public static List<String> credentials(MultiMap... sources) {
    TreeMap<String, List<String>> creds = null;
    for (MultiMap headers : sources) {
      if (headers == null) {
        continue;
      }
      for (Map.Entry<String, String> header : headers) {
        String n = credentialName(header.getKey());
        if (n != null) {
          if (creds == null) {
            creds = new TreeMap<>();
          }
          creds.computeIfAbsent(n, k -> new ArrayList<>(1)).add(header.getValue());
        }
      }
    }
    if (creds == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    creds.forEach((name, values) -> values.forEach(v -> lines.add(name + ":" + v)));
    return lines;
  }

  /**
   * The raw-bytes alias of a key (docs/cache.md): hex SHA-256 over length-prefixed
   * {@code "sb-cache-raw-v1", gateway, provider, method, path?query, body bytes as sent, credential lines}.
   * Every input of {@link #of} is in it (the identity through the lines it is derived from), so equal
   * aliases always stand for the same key; the body is hashed as it is, without parsing.
   */
  static String alias(String gatewayId, String provider, String method, String pathAndQuery, Buffer body,
      List<String> credentialLines) {
    MessageDigest d = sha256();
    part(d, "sb-cache-raw-v1".getBytes(StandardCharsets.UTF_8));
    part(d, gatewayId.getBytes(StandardCharsets.UTF_8));
    part(d, provider.getBytes(StandardCharsets.UTF_8));
    part(d, method.getBytes(StandardCharsets.UTF_8));
    part(d, pathAndQuery.getBytes(StandardCharsets.UTF_8));
    part(d, body == null ? new byte[0] : body.getBytes());
    credentialLines.forEach(line -> part(d, line.getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * The lower-cased name when {@code name} is a credential header, else null; remembered per exact
   * spelling (at most {@link #MAX_NAMES} spellings, then computed each time) so that the usual
   * headers cost one map lookup.
   */
  private static String credentialName(String name) {
    String known = NAMES.get(name);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    String n = name.toLowerCase(Locale.ROOT);
    String verdict = isCredential(n) ? n : "";
    if (NAMES.size() < MAX_NAMES) {
      NAMES.put(name, verdict);
    }
    return verdict.isEmpty() ? null : verdict;
  }

  static boolean isCredential(String n) {
    if (n.startsWith("cf-aig-")) {
      return n.equals("cf-aig-authorization");
    }
    return n.contains("auth") || n.contains("key") || n.contains("token") || n.contains("secret")
        || n.contains("cookie");
  }

  /** JSON with object members sorted (so member order does not matter); other bodies as they are. */
  static byte[] canonicalBody(Buffer body) {
    if (body == null || body.length() == 0) {
      return new byte[0];
    }
    byte first = body.getByte(0);
    if (first == '{' || first == '[' || first == ' ' || first == '\n' || first == '\t' || first == '\r') {
      try {
        JsonNode parsed = Json.parse(body);
        return Json.write(sorted(parsed)).getBytes(StandardCharsets.UTF_8);
      } catch (RuntimeException notJson) {
        // not JSON after all: the bytes are the key
      }
    }
    return body.getBytes();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> members = new TreeMap<>();
      node.fields().forEachRemaining(e -> members.put(e.getKey(), sorted(e.getValue())));
      ObjectNode out = Json.object();
      members.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.array();
      node.forEach(e -> out.add(sorted(e)));
      return out;
    }
    return node;
  }

  private static void part(MessageDigest d, byte[] bytes) {
    int n = bytes.length;
    d.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    d.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
