package io.switchboard.testkit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The machine's Redis (127.0.0.1:6379) for tests: whether it is there, a fresh key prefix per test
 * class, and removal of that prefix's keys. Speaks just enough RESP over a plain socket.
 */
public final class RedisKit {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 6379;

  private RedisKit() {
  }

  public static boolean available() {
    try {
      return "PONG".equals(command("PING"));
    } catch (IOException e) {
      return false;
    }
  }

  public static String url() {
    return "redis://" + HOST + ":" + PORT;
  }

  /** A prefix no other test uses, e.g. {@code test:3f2a...:}. */
  public static String freshPrefix() {
    return "sbtest:" + UUID.randomUUID() + ":";
  }

  /** How many keys start with {@code prefix}. */
  public static long count(String prefix) {
    return Long.parseLong(eval("return #redis.call('KEYS', ARGV[1])", prefix + "*"));
  }

  /** Deletes every key starting with {@code prefix}. */
  public static void cleanup(String prefix) {
    eval("local n = 0 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) n = n + 1 end "
        + "return n", prefix + "*");
  }

  private static String eval(String script, String arg) {
    try {
      return command("EVAL", script, "0", arg);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends one command and returns a simple, integer or bulk reply as text. */
  static String command(String... args) throws IOException {
    try (Socket s = new Socket(HOST, PORT)) {
      s.setSoTimeout(5000);
      StringBuilder out = new StringBuilder("*").append(args.length).append("\r\n");
      for (String a : args) {
        out.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(a).append("\r\n");
      }
      OutputStream os = s.getOutputStream();
      os.write(out.toString().getBytes(StandardCharsets.UTF_8));
      os.flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      String line = line(in);
      if (line.startsWith("$")) {
        int n = Integer.parseInt(line.substring(1));
        return n < 0 ? null : new String(in.readNBytes(n + 2), StandardCharsets.UTF_8).substring(0, n);
      }
      if (line.startsWith("-")) {
        throw new IOException(line);
      }
      return line.substring(1);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }
}
