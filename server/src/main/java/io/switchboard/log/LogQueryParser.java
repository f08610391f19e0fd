package io.switchboard.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.paging.PageRequest;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a logs query from the query string. Filters arrive in any of three encodings: a JSON array
 * ({@code filters=[{"key":..,"operator":..,"value":[..]}]}), qs-style brackets
 * ({@code filters[0][key]=..&filters[0][value][0]=..}), or the flat repeated keys Cloudflare's
 * TypeScript SDK sends ({@code filters.key=..&filters.operator=..&filters.value=..}, zipped in order;
 * with one key, every value belongs to it). The legacy parameters (start_date, min_cost, provider,
 * ...) become filters too.
 */
public final class LogQueryParser {
  private static final Pattern BRACKET = Pattern.compile("filters\\[(\\d+)]\\[(key|operator|value)](?:\\[(\\d*)])?");
  private static final Map<String, String[]> LEGACY_RANGES = Map.of(
      "cost", new String[] {"min_cost", "max_cost"},
      "duration", new String[] {"min_duration", "max_duration"},
      "tokens_in", new String[] {"min_tokens_in", "max_tokens_in"},
      "tokens_out", new String[] {"min_tokens_out", "max_tokens_out"},
      "tokens", new String[] {"min_total_tokens", "max_total_tokens"},
      "created_at", new String[] {"start_date", "end_date"});
  private static final List<String> LEGACY_EQUALS = List.of("feedback", "success", "cached", "model", "model_type",
      "provider", "request_content_type", "response_content_type");

  private LogQueryParser() {
  }

  public static LogQuery parse(MultiMap q, boolean forDelete) {
    List<FieldError> errors = new ArrayList<>();
    List<LogFilter> filters = new ArrayList<>();
    json(q.get("filters"), filters, errors);
    brackets(q, filters, errors);
    flat(q, filters, errors);
    legacy(q, filters);
    String orderBy = q.get("order_by") == null ? "created_at" : q.get("order_by");
    if (!(forDelete ? LogQuery.DELETE_ORDER : LogQuery.LIST_ORDER).contains(orderBy)) {
      errors.add(FieldError.of("order_by", "must be one of " + String.join(", ",
          new java.util.TreeSet<>(forDelete ? LogQuery.DELETE_ORDER : LogQuery.LIST_ORDER)) + ", got '" + orderBy + "'"));
    }
    String direction = q.get("order_by_direction") != null ? q.get("order_by_direction") : q.get("direction");
    if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
      errors.add(FieldError.of("order_by_direction", "must be asc or desc, got '" + direction + "'"));
    }
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
    PageRequest page = PageRequest.parse(q.get("page"), q.get("per_page"), 20, 1, 50);
    return new LogQuery(filters, q.get("search"), orderBy, "asc".equals(direction), page);
  }

  private static void json(String raw, List<LogFilter> out, List<FieldError> errors) {
    if (raw == null || !raw.trim().startsWith("[")) {
      return;
    }
    JsonNode array;
    try {
      array = Json.parse(raw);
    } catch (GatewayException e) {
      errors.add(FieldError.of("filters", "is not valid JSON"));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode f = array.get(i);
      List<Object> values = new ArrayList<>();
      JsonNode v = f.path("value");
      if (v.isArray()) {
        v.forEach(x -> values.add(x.isNull() ? null : x.asText()));
      } else if (!v.isMissingNode()) {
        values.add(v.isNull() ? null : v.asText());
      }
      add(out, errors, "filters." + i, f.path("key").asText(null), f.path("operator").asText(null), values);
    }
  }

  private static void brackets(MultiMap q, List<LogFilter> out, List<FieldError> errors) {
    Map<Integer, String[]> parts = new TreeMap<>();
    Map<Integer, List<Object>> values = new TreeMap<>();
    for (Map.Entry<String, String> e : q) {
      Matcher m = BRACKET.matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      int i = Integer.parseInt(m.group(1));
      String[] kv = parts.computeIfAbsent(i, k -> new String[2]);
      switch (m.group(2)) {
        case "key" -> kv[0] = e.getValue();
        case "operator" -> kv[1] = e.getValue();
        default -> values.computeIfAbsent(i, k -> new ArrayList<>()).add(e.getValue());
      }
    }
    parts.forEach((i, kv) -> add(out, errors, "filters." + i, kv[0], kv[1], values.getOrDefault(i, List.of())));
  }

  private static void flat(MultiMap q, List<LogFilter> out, List<FieldError> errors) {
    List<String> keys = q.getAll("filters.key");
    if (keys.isEmpty()) {
      return;
    }
    List<String> ops = q.getAll("filters.operator");
    List<String> vals = q.getAll("filters.value");
    for (int i = 0; i < keys.size(); i++) {
      List<Object> v = new ArrayList<>();
      if (keys.size() == 1) {
        v.addAll(vals);
      } else if (i < vals.size()) {
        v.add(vals.get(i));
      }
      add(out, errors, "filters." + i, keys.get(i), i < ops.size() ? ops.get(i) : null, v);
    }
  }

  private static void legacy(MultiMap q, List<LogFilter> out) {
    LEGACY_RANGES.forEach((key, names) -> {
      if (q.get(names[0]) != null) {
        out.add(new LogFilter(key, "gte", List.of(q.get(names[0]))));
      }
      if (q.get(names[1]) != null) {
        out.add(new LogFilter(key, "lte", List.of(q.get(names[1]))));
      }
    });
    for (String key : LEGACY_EQUALS) {
      if (q.get(key) != null) {
        out.add(new LogFilter(key, "eq", List.of(q.get(key))));
      }
    }
  }

  private static void add(List<LogFilter> out, List<FieldError> errors, String at, String key, String op,
      List<Object> values) {
    if (key == null || !LogFilter.KEYS.contains(key)) {
      errors.add(FieldError.of(at + ".key", "unknown filter key '" + key + "' (expected one of "
          + String.join(", ", new java.util.TreeSet<>(LogFilter.KEYS)) + ")"));
    } else if (op == null || !LogFilter.OPERATORS.contains(op)) {
      errors.add(FieldError.of(at + ".operator", "must be one of eq, neq, contains, lt, gt, got '" + op + "'"));
    } else if (values.isEmpty()) {
      errors.add(FieldError.of(at + ".value", "needs at least one value"));
    } else {
      out.add(new LogFilter(key, op, values));
    }
  }
}
