package io.switchboard.store;

import io.vertx.core.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Prepared-statement helpers. Refuses to run on a Vert.x event-loop thread: every caller must go
 * through {@link BlockingExecutor} (or be a plain thread such as a test or the log writer).
 */
public final class Jdbc {
  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Binds parameters to a statement. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work on one connection (for transactions). */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection c) throws SQLException;
  }

  public int update(String sql, Binder binder) {
    return inConnection(c -> update(c, sql, binder));
  }

  public static int update(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    }
  }

  public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    return inConnection(c -> query(c, sql, binder, mapper));
  }

  public static <T> List<T> query(Connection c, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  /** The first row's value; empty when there is no row or the mapper gave null for it. */
  public <T> Optional<T> one(String sql, Binder binder, RowMapper<T> mapper) {
    List<T> rows = query(sql, binder, mapper);
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  public long count(String sql, Binder binder) {
    return one(sql, binder, rs -> rs.getLong(1)).orElse(0L);
  }

  /** Runs work in one transaction, committed if it returns, rolled back if it throws. */
  public <T> T transaction(ConnectionWork<T> work) {
    return inConnection(c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    });
  }

  public <T> T inConnection(ConnectionWork<T> work) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("blocking JDBC called on an event-loop thread");
    }
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** True when the exception is a unique-key violation, in either dialect. */
  public static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if ("23505".equals(state) || (s.getMessage() != null && s.getMessage().contains("UNIQUE constraint failed"))) {
          return true;
        }
      }
    }
    return false;
  }
}
