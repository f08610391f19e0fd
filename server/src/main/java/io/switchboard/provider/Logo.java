package io.switchboard.provider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** A custom provider's generated logo: a coloured square with the name's initials, as base64 SVG. */
final class Logo {
  private Logo() {
  }

  static String svgBase64(String name) {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">"
        + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"" + colour(name) + "\"/>"
        + "<text x=\"32\" y=\"41\" font-family=\"sans-serif\" font-size=\"26\" text-anchor=\"middle\" fill=\"#fff\">"
        + initials(name) + "</text></svg>";
    return Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  /** Up to two ASCII letters or digits: the first of the first two words. */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.trim().split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty() && out.length() < 2) {
        out.append(word.charAt(0));
      }
    }
    return out.length() == 0 ? "?" : out.toString().toUpperCase(Locale.ROOT);
  }

  private static String colour(String name) {
    int hue = Math.floorMod(name.hashCode(), 360);
    return "hsl(" + hue + ",55%,45%)";
  }
}
