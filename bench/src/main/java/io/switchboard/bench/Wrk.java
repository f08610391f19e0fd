package io.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (one thread, pinned to the load core) with a POST body and parses its summary. */
final class Wrk {
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET = Pattern.compile(
      "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private final Path dir;
  private final int core;

  Wrk(Path dir, int core) {
    this.dir = dir;
    this.core = core;
  }

  /** Result of one run; latencies in microseconds (full response, so a whole stream for streams). */
  record Result(long requests, double seconds, double rps, double p50Us, double p99Us, long errors) {
  }

  Result run(String url, boolean stream, int connections, int seconds) {
    Path script = dir.resolve(stream ? "stream.lua" : "plain.lua");
    try {
      Files.writeString(script, lua(OpenAiBodies.request(stream)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> cmd = List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
        "--latency", "-s", script.toString(), url);
    String out = Child.run("wrk", core, cmd, dir.resolve("wrk.out"), (seconds + 30) * 1000L);
    return parse(out);
  }

  static String lua(String body) {
    return "wrk.method = \"POST\"\n"
        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + "wrk.headers[\"Authorization\"] = \"Bearer sk-bench-not-a-real-key\"\n"
        + "wrk.body = '" + body.replace("\\", "\\\\").replace("'", "\\'") + "'\n";
  }

  static Result parse(String out) {
    Matcher total = find(TOTAL, out);
    long requests = Long.parseLong(total.group(1));
    double seconds = Units.micros(total.group(2), total.group(3)) / 1e6;
    double rps = Double.parseDouble(find(RPS, out).group(1));
    long errors = 0;
    Matcher non2xx = NON_2XX.matcher(out);
    if (non2xx.find()) {
      errors += Long.parseLong(non2xx.group(1));
    }
    Matcher socket = SOCKET.matcher(out);
    if (socket.find()) {
      for (int i = 1; i <= 4; i++) {
        errors += Long.parseLong(socket.group(i));
      }
    }
    return new Result(requests, seconds, rps, percentile(out, "50%"), percentile(out, "99%"), errors);
  }

  private static double percentile(String out, String label) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s|m)").matcher(out);
    return m.find() ? Units.micros(m.group(1), m.group(2)) : Double.NaN;
  }

  private static Matcher find(Pattern p, String out) {
    Matcher m = p.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("unexpected wrk output:\n" + out);
    }
    return m;
  }
}
