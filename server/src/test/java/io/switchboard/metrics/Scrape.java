package io.switchboard.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed Prometheus text exposition: samples by name and labels. */
record Scrape(String text, List<Sample> samples) {
  record Sample(String name, Map<String, String> labels, double value) {
  }

  static Scrape parse(String text) {
    List<Sample> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int brace = line.indexOf('{');
      int space = line.lastIndexOf(' ');
      String name = brace < 0 ? line.substring(0, line.indexOf(' ')) : line.substring(0, brace);
      Map<String, String> labels = new LinkedHashMap<>();
      if (brace >= 0) {
        for (String pair : line.substring(brace + 1, line.lastIndexOf('}')).split("\",")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            labels.put(pair.substring(0, eq), pair.substring(eq + 2).replace("\"", ""));
          }
        }
      }
      out.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
    }
    return new Scrape(text, out);
  }

  /** The sum of the samples named {@code name} whose labels include {@code labelPairs}. */
  double sum(String name, String... labelPairs) {
    return matching(name, labelPairs).stream().mapToDouble(Sample::value).sum();
  }

  List<Sample> matching(String name, String... labelPairs) {
    List<Sample> out = new ArrayList<>();
    for (Sample s : samples) {
      if (s.name.equals(name) && has(s.labels, labelPairs)) {
        out.add(s);
      }
    }
    return out;
  }

  boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name.equals(name));
  }

  private static boolean has(Map<String, String> labels, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (!pairs[i + 1].equals(labels.get(pairs[i]))) {
        return false;
      }
    }
    return true;
  }
}
