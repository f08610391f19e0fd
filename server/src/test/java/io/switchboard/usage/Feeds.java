package io.switchboard.usage;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Ways of cutting one body into chunks: whole, byte by byte, and seeded random splits. */
final class Feeds {
  private Feeds() {
  }

  static List<String> names() {
    return List.of("whole", "bytes", "random-1", "random-7", "random-42", "random-2026");
  }

  static List<Buffer> cut(byte[] body, String how) {
    List<Buffer> out = new ArrayList<>();
    if (how.equals("whole")) {
      out.add(Buffer.buffer(body));
    } else if (how.equals("bytes")) {
      for (byte b : body) {
        out.add(Buffer.buffer(new byte[] {b}));
      }
    } else {
      Random random = new Random(Long.parseLong(how.substring("random-".length())));
      int at = 0;
      while (at < body.length) {
        int n = Math.min(body.length - at, 1 + random.nextInt(Math.max(1, Math.min(64, body.length / 3 + 1))));
        out.add(Buffer.buffer(Arrays.copyOfRange(body, at, at + n)));
        at += n;
      }
    }
    return out;
  }

  static Usage run(UsageExtractor extractor, byte[] body, String how) {
    cut(body, how).forEach(extractor);
    return extractor.finish();
  }
}
