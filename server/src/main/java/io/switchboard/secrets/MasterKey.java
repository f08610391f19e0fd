package io.switchboard.secrets;

import io.switchboard.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The 256-bit key that encrypts stored provider secrets. From {@code master-key}
 * ({@code SWITCHBOARD_MASTER_KEY}, base64), else from {@code master-key-file} (default
 * {@code {data-dir}/master.key}), which is created with owner-only permissions when missing.
 * {@link #id()} names the key in every ciphertext so that a rotation can tell keys apart.
 */
public final class MasterKey {
  static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key;
  private final String id;

  private MasterKey(byte[] key) {
    if (key.length != BYTES) {
      throw new IllegalArgumentException("master key must be " + BYTES + " bytes, got " + key.length);
    }
    this.key = key.clone();
    this.id = idOf(key);
  }

  /** The configured key: {@code master-key} if set, else the key file (created when missing). */
  public static MasterKey load(Settings settings) {
    if (!settings.masterKey().isEmpty()) {
      return fromBase64(settings.masterKey(), "master-key (SWITCHBOARD_MASTER_KEY)");
    }
    return fromFile(settings.masterKeyFile(), true);
  }

  public static MasterKey fromBase64(String text, String source) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(text.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + " is not valid base64");
    }
    if (raw.length != BYTES) {
      throw new IllegalArgumentException(source + " must decode to " + BYTES + " bytes, got " + raw.length);
    }
    return new MasterKey(raw);
  }

  /** Reads a key file; when it is missing and {@code create} is set, writes a new random key (0600). */
  public static MasterKey fromFile(Path file, boolean create) {
    try {
      if (!Files.exists(file)) {
        if (!create) {
          throw new IllegalArgumentException("master key file " + file + " does not exist");
        }
        return create(file);
      }
      return fromBase64(Files.readString(file, StandardCharsets.US_ASCII), "master key file " + file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read master key file " + file + ": " + e.getMessage(), e);
    }
  }

  public static MasterKey random() {
    byte[] raw = new byte[BYTES];
    RANDOM.nextBytes(raw);
    return new MasterKey(raw);
  }

  private static MasterKey create(Path file) throws IOException {
    MasterKey k = random();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return fromFile(file, false);
    }
    Files.writeString(file, k.base64() + "\n", StandardCharsets.US_ASCII);
    return k;
  }

  /** Short hex id of the key (a digest prefix, not the key). */
  public String id() {
    return id;
  }

  String base64() {
    return Base64.getEncoder().encodeToString(key);
  }

  byte[] bytes() {
    return key.clone();
  }

  private static String idOf(byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("switchboard-master-key-id".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(key), 4));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "MasterKey[id=" + id + "]";
  }
}
