package io.switchboard.store;

/** The two SQL dialects a store speaks. SQL that differs between them is chosen by this. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRES("postgres");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The Flyway migration folder under {@code db/migration/}. */
  public String folder() {
    return folder;
  }
}
