package io.switchboard.error;

import java.util.Arrays;
import java.util.List;

/** One invalid field: its path from the body's root (for example {@code ["otel", "0", "url"]}) and why. */
public record FieldError(List<String> path, String message) {
  public FieldError {
    path = List.copyOf(path);
  }

  public static FieldError of(String dottedPath, String message) {
    List<String> path = dottedPath.isEmpty() ? List.of() : Arrays.asList(dottedPath.split("\\."));
    return new FieldError(path, dottedPath.isEmpty() ? message : dottedPath + ": " + message);
  }
}
