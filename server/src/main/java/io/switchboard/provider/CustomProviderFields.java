package io.switchboard.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a custom provider's create (POST) or patch (PATCH) body into {@link Draft}. Every
 * problem is reported with its field; unknown fields are rejected, read-only ones ignored.
 */
final class CustomProviderFields {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?");
  private static final Set<String> WRITABLE = Set.of("name", "slug", "base_url", "description", "link", "enable",
      "beta", "curl_example", "js_example");
  private static final Set<String> READ_ONLY = Set.of("id", "logo", "created_at", "modified_at");
  private static final int MAX_TEXT = 10_000;

  /** The writable fields of a custom provider. */
  record Draft(String name, String slug, String baseUrl, String description, String link, boolean enable,
      boolean beta, String curlExample, String jsExample) {
  }

  private final boolean allowHttp;
  private final List<FieldError> errors = new ArrayList<>();

  private CustomProviderFields(boolean allowHttp) {
    this.allowHttp = allowHttp;
  }

  static Draft create(ObjectNode body, boolean allowHttp) {
    return new CustomProviderFields(allowHttp).parse(body, null);
  }

  static Draft patch(CustomProvider current, ObjectNode body, boolean allowHttp) {
    Draft base = new Draft(current.name(), current.slug(), current.baseUrl(), current.description(), current.link(),
        current.enable(), current.beta(), current.curlExample(), current.jsExample());
    return new CustomProviderFields(allowHttp).parse(body, base);
  }

  private Draft parse(ObjectNode body, Draft base) {
    rejectUnknown(body);
    Draft d = new Draft(
        required(body, "name", base == null ? null : base.name(), 255),
        slug(body, base == null ? null : base.slug()),
        baseUrl(body, base == null ? null : base.baseUrl()),
        optional(body, "description", base == null ? null : base.description(), MAX_TEXT),
        link(body, base == null ? null : base.link()),
        bool(body, "enable", base != null && base.enable()),
        bool(body, "beta", base != null && base.beta()),
        optional(body, "curl_example", base == null ? null : base.curlExample(), MAX_TEXT),
        optional(body, "js_example", base == null ? null : base.jsExample(), MAX_TEXT));
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
    return d;
  }

  private void rejectUnknown(ObjectNode body) {
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!WRITABLE.contains(f) && !READ_ONLY.contains(f)) {
        errors.add(FieldError.of(f, "unknown field; expected any of " + String.join(", ", WRITABLE.stream().sorted()
            .toList())));
      }
    }
  }

  private String required(ObjectNode body, String field, String current, int max) {
    JsonNode n = body.get(field);
    if (n == null && current != null) {
      return current;
    }
    if (n == null || !n.isTextual() || n.asText().isBlank() || n.asText().length() > max) {
      errors.add(FieldError.of(field, "is required: a string of 1 to " + max + " characters, got " + Json.kind(n)));
      return null;
    }
    return n.asText().trim();
  }

  private String optional(ObjectNode body, String field, String current, int max) {
    JsonNode n = body.get(field);
    if (n == null) {
      return current;
    }
    if (n.isNull()) {
      return null;
    }
    if (!n.isTextual() || n.asText().length() > max) {
      errors.add(FieldError.of(field, "must be a string of at most " + max + " characters or null, got "
          + Json.kind(n)));
      return null;
    }
    return n.asText();
  }

  private boolean bool(ObjectNode body, String field, boolean current) {
    JsonNode n = body.get(field);
    if (n == null) {
      return current;
    }
    if (!n.isBoolean()) {
      errors.add(FieldError.of(field, "must be true or false, got " + Json.kind(n)));
      return current;
    }
    return n.asBoolean();
  }

  private String slug(ObjectNode body, String current) {
    String s = required(body, "slug", current, 64);
    if (s == null) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!SLUG.matcher(lower).matches()) {
      errors.add(FieldError.of("slug", "must be letters, digits and hyphens (not at either end), at most 64"
          + " characters, got '" + s + "'"));
    }
    return lower;
  }

  private String baseUrl(ObjectNode body, String current) {
    String url = required(body, "base_url", current, 2048);
    if (url == null || url.equals(current)) {
      return url;
    }
    String problem = UrlCheck.problem(url, allowHttp);
    if (problem != null) {
      errors.add(FieldError.of("base_url", problem));
      return null;
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private String link(ObjectNode body, String current) {
    String link = optional(body, "link", current, 2048);
    if (link != null && !link.equals(current) && UrlCheck.problem(link, true) != null) {
      errors.add(FieldError.of("link", "must be an http(s) URL, got '" + link + "'"));
    }
    return link;
  }
}
