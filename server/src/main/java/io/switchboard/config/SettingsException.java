package io.switchboard.config;

/** A setting that cannot be used; the message says which and why. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }
}
