package io.switchboard.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Token values: 256 random bits, hashed with SHA-256 for storage and compared in constant time. */
public final class TokenSecret {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PREFIX = "sb_";

  private TokenSecret() {
  }

  /** A fresh token value: {@code sb_} and 43 base64url characters (256 bits). */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** 32 random hex characters, used for account and token ids. */
  public static String randomHexId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public static String hash(String value) {
    return HexFormat.of().formatHex(digest(value));
  }

  /** Compares a presented value with a stored hash without leaking where they differ. */
  public static boolean matches(String value, String storedHash) {
    byte[] stored;
    try {
      stored = HexFormat.of().parseHex(storedHash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(digest(value), stored);
  }

  public static String preview(String value) {
    return value.length() <= 12 ? "****" : value.substring(0, 6) + "…" + value.substring(value.length() - 4);
  }

  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
