package io.switchboard.secrets;

import io.switchboard.provider.ProviderSpec;
import io.switchboard.provider.ProviderTable;
import io.vertx.core.MultiMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Masks credentials wherever text could surface (error messages, server logs, stored logs, metrics):
 * the value of every header that carries a credential (every provider's credential headers from the
 * provider table, plus the gateway's own), every stored secret the running gateways hold, and
 * credential-looking fragments ({@code Bearer ...}, AWS signatures).
 */
public final class Redaction {
  public static final String MASK = "[REDACTED]";
  private static final Set<String> HEADERS = sensitiveHeaders();
  private static final Pattern SCHEMED = Pattern.compile(
      "(?i)\\b(bearer|token|key)\\s+(?=[A-Za-z0-9._~+/=:-]*[0-9])[A-Za-z0-9._~+/=:-]{12,}");
  private static final Pattern AWS = Pattern.compile("(Signature=)[0-9a-f]{64}|(Credential=)[A-Z0-9]{16,128}");
  private static final List<Supplier<Collection<String>>> SOURCES = new CopyOnWriteArrayList<>();
  private static final int MIN_SECRET = 6;

  private Redaction() {
  }

  private static Set<String> sensitiveHeaders() {
    Set<String> names = new TreeSet<>(List.of("authorization", "proxy-authorization", "cf-aig-authorization",
        "x-api-key", "api-key", "x-amz-security-token", "cookie", "set-cookie"));
    for (ProviderSpec spec : new ProviderTable("0", Map.of(), null).builtIn()) {
      names.addAll(spec.credentialHeaders());
    }
    return Set.copyOf(names);
  }

  /** Adds a source of secret values to mask (for example a gateway's stored keys); returns it for removal. */
  public static Supplier<Collection<String>> register(Supplier<Collection<String>> source) {
    SOURCES.add(source);
    return source;
  }

  public static void unregister(Supplier<Collection<String>> source) {
    SOURCES.remove(source);
  }

  /** True when a header (any case) carries a credential. */
  public static boolean isSensitive(String header) {
    return HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  /** A header value as it may be shown: masked when the header is sensitive (keeping its scheme word). */
  public static String header(String name, String value) {
    if (value == null) {
      return null;
    }
    if (!isSensitive(name)) {
      return text(value);
    }
    int space = value.trim().indexOf(' ');
    return space > 0 ? value.trim().substring(0, space) + " " + MASK : MASK;
  }

  /** A copy of headers with every credential masked. */
  public static Map<String, String> headers(MultiMap headers) {
    Map<String, String> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> out.merge(k.toLowerCase(Locale.ROOT), header(k, v), (a, b) -> a + ", " + b));
    return out;
  }

  public static Map<String, String> headers(Map<String, String> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> out.put(k, header(k, v)));
    return out;
  }

  /** Text with every known stored secret and credential-looking fragment masked. */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Supplier<Collection<String>> source : SOURCES) {
      for (String secret : source.get()) {
        if (secret != null && secret.length() >= MIN_SECRET && out.contains(secret)) {
          out = out.replace(secret, MASK);
        }
      }
    }
    out = SCHEMED.matcher(out).replaceAll(m -> m.group(1) + " " + MASK);
    return AWS.matcher(out).replaceAll(m -> (m.group(1) != null ? m.group(1) : m.group(2)) + MASK);
  }
}
