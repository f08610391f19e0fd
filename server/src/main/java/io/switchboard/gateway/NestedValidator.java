package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/** Validates a nested JSON value of the gateway object, reporting problems with their full path. */
@FunctionalInterface
interface NestedValidator {
  void validate(JsonNode value, String path, Problems problems);
}
