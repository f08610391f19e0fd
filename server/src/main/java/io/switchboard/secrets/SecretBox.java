package io.switchboard.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under a {@link MasterKey}. A ciphertext is {@code v1:{key id}:{base64(nonce | ciphertext | tag)}}
 * with a random 12-byte nonce; the associated data (the provider config's id) binds it to its row, so a
 * ciphertext copied to another row does not decrypt.
 */
public final class SecretBox {
  private static final String VERSION = "v1";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final MasterKey key;
  private final SecretKeySpec spec;

  public SecretBox(MasterKey key) {
    this.key = key;
    this.spec = new SecretKeySpec(key.bytes(), "AES");
  }

  public MasterKey key() {
    return key;
  }

  public String encrypt(String plaintext, String associatedData) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
      byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return VERSION + ":" + key.id() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  /**
   * Decrypts a value this box (same key) sealed with the same associated data.
   *
   * @throws SecretException when the value was sealed under another key, or is damaged
   */
  public String decrypt(String ciphertext, String associatedData) {
    String[] parts = ciphertext.split(":", 3);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw new SecretException("not a sealed secret");
    }
    if (!parts[1].equals(key.id())) {
      throw new SecretException("sealed under master key " + parts[1] + ", not the configured " + key.id());
    }
    try {
      byte[] raw = Base64.getDecoder().decode(parts[2]);
      if (raw.length < NONCE + TAG_BITS / 8) {
        throw new SecretException("sealed secret is too short");
      }
      byte[] nonce = java.util.Arrays.copyOf(raw, NONCE);
      Cipher c = cipher(Cipher.DECRYPT_MODE, nonce, associatedData);
      return new String(c.doFinal(raw, NONCE, raw.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecretException("sealed secret does not decrypt (damaged, or sealed for another row)");
    }
  }

  /** The id of the key a ciphertext was sealed under, or null when it is not one. */
  public static String keyIdOf(String ciphertext) {
    String[] parts = ciphertext.split(":", 3);
    return parts.length == 3 && parts[0].equals(VERSION) ? parts[1] : null;
  }

  private Cipher cipher(int mode, byte[] nonce, String associatedData) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, spec, new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
    return c;
  }

  /** A secret that cannot be opened. The message never contains the secret. */
  public static final class SecretException extends RuntimeException {
    SecretException(String message) {
      super(message, null, false, false);
    }
  }
}
