package io.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * One configurable field of the gateway object (spec §3.3): its JSON name, type, bounds, whether a
 * create or update must send it, and its default. The table in {@link GatewaySettings} drives
 * validation, defaults and serialization.
 */
record Field(String name, Kind kind, boolean required, boolean nullable, long min, long max, List<String> values,
    JsonNode dflt, NestedValidator nested) {

  enum Kind { BOOL, INT, STRING, ENUM, OBJECT, ARRAY }

  static Field bool(String name, boolean required, boolean dflt) {
    return new Field(name, Kind.BOOL, required, false, 0, 0, List.of(), BooleanNode.valueOf(dflt), null);
  }

  static Field integer(String name, boolean required, long min, long max, Integer dflt) {
    return new Field(name, Kind.INT, required, true, min, max, List.of(),
        dflt == null ? NullNode.getInstance() : IntNode.valueOf(dflt), null);
  }

  static Field string(String name, long minLength, long maxLength) {
    return new Field(name, Kind.STRING, false, true, minLength, maxLength, List.of(), NullNode.getInstance(), null);
  }

  static Field oneOf(String name, boolean nullable, String dflt, String... values) {
    return new Field(name, Kind.ENUM, false, nullable, 0, 0, List.of(values),
        dflt == null ? NullNode.getInstance() : TextNode.valueOf(dflt), null);
  }

  static Field object(String name, NestedValidator nested) {
    return new Field(name, Kind.OBJECT, false, true, 0, 0, List.of(), NullNode.getInstance(), nested);
  }

  static Field array(String name, NestedValidator nested) {
    return new Field(name, Kind.ARRAY, false, true, 0, 0, List.of(), NullNode.getInstance(), nested);
  }
}
