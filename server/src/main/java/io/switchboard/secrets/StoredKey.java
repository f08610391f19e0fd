package io.switchboard.secrets;

/**
 * A provider config with its decrypted secret, as the data plane uses it. {@code secret} is null when
 * the stored value could not be decrypted (for example sealed under another master key).
 */
public record StoredKey(ProviderConfig config, String secret) {
  public String alias() {
    return config.alias();
  }

  public boolean available() {
    return secret != null;
  }

  @Override
  public String toString() {
    return "StoredKey[" + config.providerSlug() + "/" + config.alias() + ", " + config.secretPreview() + "]";
  }
}
