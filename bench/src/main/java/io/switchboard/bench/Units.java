package io.switchboard.bench;

import java.util.Locale;

/** Time units as wrk prints them, and the formats the report uses. */
final class Units {
  private Units() {
  }

  static double micros(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "us" -> v;
      case "ms" -> v * 1e3;
      case "s" -> v * 1e6;
      case "m" -> v * 60e6;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  /** Microseconds as "850 µs" or "1.25 ms". */
  static String time(double micros) {
    if (Double.isNaN(micros)) {
      return "–";
    }
    if (Math.abs(micros) < 1000) {
      return String.format(Locale.ROOT, "%.0f µs", micros);
    }
    return String.format(Locale.ROOT, "%.2f ms", micros / 1000);
  }

  static String ratio(double value, double reference) {
    if (Double.isNaN(value) || Double.isNaN(reference) || reference == 0) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2f×", value / reference);
  }

  static String number(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.0f", v);
  }

  static String mib(long kib) {
    return kib < 0 ? "–" : String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
  }
}
