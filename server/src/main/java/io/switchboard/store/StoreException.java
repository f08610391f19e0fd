package io.switchboard.store;

import java.sql.SQLException;

/** A database failure: not a client error, reported as 503 while the store is unreachable. */
public final class StoreException extends RuntimeException {
  public StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
