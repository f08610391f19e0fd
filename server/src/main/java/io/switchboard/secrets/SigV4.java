package io.switchboard.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for request headers, as a pure function (no clock, no I/O). The path is
 * taken as it goes on the wire and each segment is URI-encoded once more (AWS's rule for every
 * service but S3); query parameters are decoded, re-encoded and sorted; header values are trimmed
 * with inner runs of spaces collapsed. Checked against AWS's published SigV4 test-suite vectors.
 */
public final class SigV4 {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {
  }

  /** What to sign. {@code headers} are the ones to sign besides host, x-amz-date and the session token. */
  public record Request(String method, String host, String path, String query, Map<String, String> headers,
      byte[] payload) {
  }

  /** The signing identity and scope. {@code sessionToken} may be null. */
  public record Scope(String accessKeyId, String secretAccessKey, String sessionToken, String region,
      String service) {
    @Override
    public String toString() {
      return "Scope[" + accessKeyId + ", " + region + ", " + service + "]";
    }
  }

  /** The result: headers to add (authorization, x-amz-date, x-amz-security-token), plus the intermediate strings. */
  public record Signed(Map<String, String> headers, String canonicalRequest, String stringToSign,
      String authorization) {
  }

  public static Signed sign(Request request, Scope scope, Instant at) {
    String amzDate = STAMP.format(at);
    String date = amzDate.substring(0, 8);
    TreeMap<String, String> signed = new TreeMap<>();
    request.headers().forEach((k, v) -> signed.put(k.toLowerCase(Locale.ROOT), trimAll(v)));
    signed.put("host", request.host());
    signed.put("x-amz-date", amzDate);
    if (scope.sessionToken() != null) {
      signed.put("x-amz-security-token", scope.sessionToken());
    }
    String signedNames = String.join(";", signed.keySet());
    StringBuilder canonicalHeaders = new StringBuilder();
    signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
    String canonical = request.method().toUpperCase(Locale.ROOT) + "\n" + canonicalPath(request.path()) + "\n"
        + canonicalQuery(request.query()) + "\n" + canonicalHeaders + "\n" + signedNames + "\n"
        + hex(sha256(request.payload()));
    String credentialScope = date + "/" + scope.region() + "/" + scope.service() + "/aws4_request";
    String toSign = ALGORITHM + "\n" + amzDate + "\n" + credentialScope + "\n"
        + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = signingKey(scope.secretAccessKey(), date, scope.region(), scope.service());
    String signature = hex(hmac(key, toSign));
    String authorization = ALGORITHM + " Credential=" + scope.accessKeyId() + "/" + credentialScope
        + ", SignedHeaders=" + signedNames + ", Signature=" + signature;
    Map<String, String> out = new TreeMap<>();
    out.put("authorization", authorization);
    out.put("x-amz-date", amzDate);
    if (scope.sessionToken() != null) {
      out.put("x-amz-security-token", scope.sessionToken());
    }
    return new Signed(out, canonical, toSign, authorization);
  }

  static String canonicalPath(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    String[] segments = path.split("/", -1);
    List<String> out = new ArrayList<>();
    for (String s : segments) {
      out.add(encode(s));
    }
    return String.join("/", out);
  }

  static String canonicalQuery(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String part : query.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(new String[] {encode(decode(name)), encode(decode(value))});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> out = new ArrayList<>();
    pairs.forEach(p -> out.add(p[0] + "=" + p[1]));
    return String.join("&", out);
  }

  /** RFC 3986 encoding: unreserved characters kept, every other UTF-8 byte as %XX (upper-case). */
  static String encode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String trimAll(String v) {
    return v.trim().replaceAll(" +", " ");
  }

  private static byte[] signingKey(String secret, String date, String region, String service) {
    byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    k = hmac(k, region);
    k = hmac(k, service);
    return hmac(k, "aws4_request");
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b) {
    return HEX.formatHex(b);
  }
}
