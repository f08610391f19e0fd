package io.switchboard.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.provider.ProviderCatalog;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation of provider config bodies. Every problem is reported with its field path; no message
 * ever contains the secret.
 */
final class ProviderConfigFields {
  static final String BEDROCK = "aws-bedrock";
  static final String VERTEX = "google-vertex-ai";
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Set<String> CREATE = Set.of("alias", "provider_slug", "secret", "secret_id", "default_config",
      "rate_limit", "rate_limit_period");
  private static final Set<String> IGNORED = Set.of("id", "gateway_id", "modified_at", "secret_preview");
  private static final int MAX_SECRET = 16_384;

  /** A validated body. {@code secret} is null on an update that keeps the stored one. */
  record Draft(String alias, String slug, boolean defaultConfig, String secret, Integer rateLimit,
      Integer rateLimitPeriod) {
    @Override
    public String toString() {
      return "Draft[" + slug + "/" + alias + "]";
    }
  }

  private ProviderConfigFields() {
  }

  static Draft create(ObjectNode body) {
    List<FieldError> errors = new ArrayList<>();
    unknown(body, errors);
    String alias = alias(body.get("alias"), "default", errors);
    String slug = slug(body.get("provider_slug"), errors);
    boolean dflt = bool(body.get("default_config"), false, errors);
    String secret = body.has("secret") ? secret(slug, body.get("secret"), errors) : null;
    if (secret == null && !body.has("secret")) {
      errors.add(FieldError.of("secret", body.has("secret_id")
          ? "secret_id (a Secrets Store reference) is not supported; send the key itself in secret"
          : "is required"));
    }
    Integer limit = number(body, "rate_limit", null, errors);
    Integer period = number(body, "rate_limit_period", 60, errors);
    throwIf(errors);
    return new Draft(alias, slug, dflt, secret, limit, period);
  }

  /** PUT and PATCH: any of alias, default_config, secret, rate_limit, rate_limit_period. */
  static Draft update(ProviderConfig current, ObjectNode body) {
    List<FieldError> errors = new ArrayList<>();
    unknown(body, errors);
    JsonNode slugNode = body.get("provider_slug");
    if (slugNode != null && !(slugNode.isTextual() && slugNode.asText().equals(current.providerSlug()))) {
      errors.add(FieldError.of("provider_slug", "cannot be changed; create a new provider config instead"));
    }
    if (body.has("secret_id") && !body.has("secret")) {
      errors.add(FieldError.of("secret_id", "Secrets Store references are not supported; send secret"));
    }
    String alias = body.has("alias") ? alias(body.get("alias"), current.alias(), errors) : current.alias();
    boolean dflt = bool(body.get("default_config"), current.defaultConfig(), errors);
    String secret = body.has("secret") ? secret(current.providerSlug(), body.get("secret"), errors) : null;
    Integer limit = body.has("rate_limit") ? number(body, "rate_limit", null, errors) : current.rateLimit();
    Integer period = body.has("rate_limit_period") ? number(body, "rate_limit_period", 60, errors)
        : current.rateLimitPeriod();
    throwIf(errors);
    return new Draft(alias, current.providerSlug(), dflt, secret, limit, period);
  }

  private static void unknown(ObjectNode body, List<FieldError> errors) {
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!CREATE.contains(name) && !IGNORED.contains(name)) {
        errors.add(FieldError.of(name, "unknown field"));
      }
    }
  }

  private static String alias(JsonNode node, String dflt, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return dflt;
    }
    if (!node.isTextual() || !ALIAS.matcher(node.asText()).matches()) {
      errors.add(FieldError.of("alias", "must be 1 to 64 letters, digits, '-', '_' or '.', starting with a "
          + "letter or digit"));
      return dflt;
    }
    return node.asText();
  }

  private static String slug(JsonNode node, List<FieldError> errors) {
    if (node == null || !node.isTextual() || node.asText().isEmpty()) {
      errors.add(FieldError.of("provider_slug", "is required (a provider slug such as openai)"));
      return null;
    }
    String slug = node.asText().toLowerCase(java.util.Locale.ROOT);
    if (!ProviderCatalog.isKnown(slug) || slug.equals("compat")) {
      errors.add(FieldError.of("provider_slug", "unknown provider '" + node.asText() + "'"));
      return null;
    }
    return slug;
  }

  private static boolean bool(JsonNode node, boolean dflt, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return dflt;
    }
    if (!node.isBoolean()) {
      errors.add(FieldError.of("default_config", "expected a boolean, got " + Json.kind(node)));
      return dflt;
    }
    return node.booleanValue();
  }

  private static Integer number(ObjectNode body, String field, Integer dflt, List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return dflt;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 0) {
      errors.add(FieldError.of(field, "expected a whole number of at least 0, got " + Json.kind(node)));
      return dflt;
    }
    return node.intValue();
  }

  /** The secret as stored: a plain key, or for Bedrock and Vertex a JSON object (sent as a string or object). */
  private static String secret(String slug, JsonNode node, List<FieldError> errors) {
    String text = node != null && node.isObject() ? Json.write(node) : node != null && node.isTextual()
        ? node.asText() : null;
    if (text == null || text.isBlank()) {
      errors.add(FieldError.of("secret", "expected a non-empty string"));
      return null;
    }
    if (text.length() > MAX_SECRET) {
      errors.add(FieldError.of("secret", "must be at most " + MAX_SECRET + " characters"));
      return null;
    }
    try {
      return check(slug, text);
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.of("secret", e.getMessage()));
      return null;
    }
  }

  private static String check(String slug, String text) {
    if (BEDROCK.equals(slug)) {
      AwsKey.parse(text);
      return text;
    }
    if (VERTEX.equals(slug)) {
      ServiceAccount.parse(text);
      return text;
    }
    String key = text.trim();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException("must be printable ASCII without spaces (it is sent in a header)");
      }
    }
    return key;
  }

  /** A few leading and trailing characters; for JSON secrets, of the key id or client e-mail. */
  static String preview(String slug, String secret) {
    String shown = secret;
    if (BEDROCK.equals(slug)) {
      shown = AwsKey.parse(secret).accessKeyId();
    } else if (VERTEX.equals(slug)) {
      shown = ServiceAccount.parse(secret).clientEmail();
    }
    int n = shown.length();
    if (n >= 16) {
      return shown.substring(0, 4) + "..." + shown.substring(n - 4);
    }
    if (n >= 8) {
      return shown.substring(0, 2) + "..." + shown.substring(n - 2);
    }
    return "****";
  }

  private static void throwIf(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
  }
}
