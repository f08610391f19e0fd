package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import java.util.ArrayList;
import java.util.List;

/** Collects every validation problem of one request body, then fails once naming them all. */
final class Problems {
  private final List<FieldError> errors = new ArrayList<>();

  void add(String path, String message) {
    errors.add(FieldError.of(path, message));
  }

  void expected(String path, String what, JsonNode got) {
    add(path, "expected " + what + ", got " + Json.kind(got));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw GatewayException.invalid(errors);
    }
  }
}
