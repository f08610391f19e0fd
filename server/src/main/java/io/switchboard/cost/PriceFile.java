package io.switchboard.cost;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one pricing document ({@code {"provider_aliases": {...}, "models": [...]}}); every problem is
 * a validation error naming the file and the entry.
 */
final class PriceFile {
  final List<Price> prices = new ArrayList<>();
  final Map<String, String> providerAliases = new LinkedHashMap<>();
  private final String name;

  private PriceFile(String name) {
    this.name = name;
  }

  static PriceFile parse(String name, String text) {
    PriceFile file = new PriceFile(name);
    JsonNode root;
    try {
      root = Json.parseExact(text);
    } catch (GatewayException e) {
      throw GatewayException.invalid(name, name + ": " + e.getMessage());
    }
    if (!root.isObject()) {
      throw file.problem("", "must be a JSON object");
    }
    file.readAliases(root.get("provider_aliases"));
    file.readModels(root.get("models"));
    return file;
  }

  private void readAliases(JsonNode aliases) {
    if (aliases == null || aliases.isNull()) {
      return;
    }
    if (!aliases.isObject()) {
      throw problem("provider_aliases", "must be an object of provider slug to provider slug");
    }
    aliases.properties().forEach(e -> {
      if (!e.getValue().isTextual()) {
        throw problem("provider_aliases." + e.getKey(), "must be a provider slug");
      }
      providerAliases.put(e.getKey(), e.getValue().asText());
    });
  }

  private void readModels(JsonNode models) {
    if (models == null || models.isNull()) {
      return;
    }
    if (!models.isArray()) {
      throw problem("models", "must be an array");
    }
    for (int i = 0; i < models.size(); i++) {
      prices.add(readPrice("models[" + i + "]", models.get(i)));
    }
  }

  private Price readPrice(String at, JsonNode entry) {
    if (!entry.isObject()) {
      throw problem(at, "must be an object");
    }
    return new Price(text(at, entry, "provider", true), text(at, entry, "model", true), aliases(at, entry),
        decimal(at, entry, "input", true), decimal(at, entry, "output", true),
        decimal(at, entry, "cache_read", false), decimal(at, entry, "cache_write", false),
        text(at, entry, "source", false), text(at, entry, "date", false));
  }

  private List<String> aliases(String at, JsonNode entry) {
    JsonNode node = entry.get("aliases");
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw problem(at + ".aliases", "must be an array of model ids");
    }
    node.forEach(a -> out.add(a.asText()));
    return out;
  }

  private String text(String at, JsonNode entry, String field, boolean required) {
    JsonNode node = entry.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw problem(at + "." + field, "is required");
      }
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw problem(at + "." + field, "must be a non-empty string");
    }
    return node.asText();
  }

  /** A price: a decimal string (preferred, exact) or a JSON number; never negative. */
  private BigDecimal decimal(String at, JsonNode entry, String field, boolean required) {
    JsonNode node = entry.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw problem(at + "." + field, "is required");
      }
      return null;
    }
    BigDecimal value;
    try {
      value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
    } catch (NumberFormatException e) {
      throw problem(at + "." + field, "must be a decimal number of USD per million tokens");
    }
    if (!node.isNumber() && !node.isTextual() || value.signum() < 0) {
      throw problem(at + "." + field, "must be a non-negative decimal number of USD per million tokens");
    }
    return value;
  }

  private GatewayException problem(String at, String message) {
    String where = at.isEmpty() ? name : name + " " + at;
    return GatewayException.invalid(where, where + " " + message);
  }
}
