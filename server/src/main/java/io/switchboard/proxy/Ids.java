package io.switchboard.proxy;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Time-ordered UUIDv7 ids (RFC 9562) for log, request and event ids, lower-case like Cloudflare's. */
public final class Ids {
  private Ids() {
  }

  public static String uuidV7() {
    return uuidV7(System.currentTimeMillis());
  }

  static String uuidV7(long epochMillis) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (epochMillis << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
