package io.switchboard.store;

import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.secrets.ProviderConfig;
import io.switchboard.secrets.ProviderConfigStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** BYOK provider configs over JDBC, for both dialects. Alias is unique per gateway and provider. */
final class JdbcProviderConfigStore implements ProviderConfigStore {
  private static final String COLUMNS = "id, account_id, gateway_id, alias, provider_slug, default_config, secret_id, "
      + "secret_ciphertext, secret_preview, rate_limit, rate_limit_period, created_at, modified_at";
  private final Jdbc jdbc;

  JdbcProviderConfigStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Outcome insert(ProviderConfig c) {
    return write(() -> jdbc.transaction(conn -> {
      clearOtherDefaults(conn, c);
      return Jdbc.update(conn, "INSERT INTO provider_configs (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, c.id());
            ps.setString(2, c.accountId());
            ps.setString(3, c.gatewayId());
            ps.setString(4, c.alias());
            ps.setString(5, c.providerSlug());
            ps.setBoolean(6, c.defaultConfig());
            ps.setString(7, c.secretId());
            ps.setString(8, c.ciphertext());
            ps.setString(9, c.secretPreview());
            integer(ps, 10, c.rateLimit());
            integer(ps, 11, c.rateLimitPeriod());
            ps.setLong(12, c.createdAt().toEpochMilli());
            ps.setLong(13, c.modifiedAt().toEpochMilli());
          });
    }));
  }

  @Override
  public Outcome update(ProviderConfig c) {
    return write(() -> jdbc.transaction(conn -> {
      clearOtherDefaults(conn, c);
      return Jdbc.update(conn, "UPDATE provider_configs SET alias = ?, default_config = ?, secret_id = ?, "
          + "secret_ciphertext = ?, secret_preview = ?, rate_limit = ?, rate_limit_period = ?, modified_at = ? "
          + "WHERE account_id = ? AND gateway_id = ? AND id = ?", ps -> {
            ps.setString(1, c.alias());
            ps.setBoolean(2, c.defaultConfig());
            ps.setString(3, c.secretId());
            ps.setString(4, c.ciphertext());
            ps.setString(5, c.secretPreview());
            integer(ps, 6, c.rateLimit());
            integer(ps, 7, c.rateLimitPeriod());
            ps.setLong(8, c.modifiedAt().toEpochMilli());
            ps.setString(9, c.accountId());
            ps.setString(10, c.gatewayId());
            ps.setString(11, c.id());
          });
    }));
  }

  private static void clearOtherDefaults(Connection conn, ProviderConfig c) throws SQLException {
    if (!c.defaultConfig()) {
      return;
    }
    Jdbc.update(conn, "UPDATE provider_configs SET default_config = ? WHERE account_id = ? AND gateway_id = ? "
        + "AND provider_slug = ? AND id <> ?", ps -> {
          ps.setBoolean(1, false);
          ps.setString(2, c.accountId());
          ps.setString(3, c.gatewayId());
          ps.setString(4, c.providerSlug());
          ps.setString(5, c.id());
        });
  }

  private static Outcome write(java.util.function.IntSupplier statement) {
    try {
      return statement.getAsInt() == 1 ? Outcome.DONE : Outcome.MISSING;
    } catch (StoreException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return Outcome.DUPLICATE_ALIAS;
      }
      throw e;
    }
  }

  @Override
  public Optional<ProviderConfig> find(String accountId, String gatewayId, String id) {
    return jdbc.one("SELECT " + COLUMNS + " FROM provider_configs WHERE account_id = ? AND gateway_id = ? AND id = ?",
        ps -> {
          ps.setString(1, accountId);
          ps.setString(2, gatewayId);
          ps.setString(3, id);
        }, JdbcProviderConfigStore::map);
  }

  @Override
  public Page<ProviderConfig> list(String accountId, String gatewayId, PageRequest page) {
    Jdbc.Binder where = ps -> {
      ps.setString(1, accountId);
      ps.setString(2, gatewayId);
    };
    long total = jdbc.count("SELECT COUNT(*) FROM provider_configs WHERE account_id = ? AND gateway_id = ?", where);
    List<ProviderConfig> items = jdbc.query("SELECT " + COLUMNS + " FROM provider_configs WHERE account_id = ? "
        + "AND gateway_id = ? ORDER BY provider_slug, alias, id LIMIT ? OFFSET ?", ps -> {
          where.bind(ps);
          ps.setInt(3, page.perPage());
          ps.setLong(4, page.offset());
        }, JdbcProviderConfigStore::map);
    return new Page<>(items, total, page);
  }

  @Override
  public List<ProviderConfig> all(String accountId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM provider_configs WHERE account_id = ?",
        ps -> ps.setString(1, accountId), JdbcProviderConfigStore::map);
  }

  @Override
  public boolean delete(String accountId, String gatewayId, String id) {
    return jdbc.update("DELETE FROM provider_configs WHERE account_id = ? AND gateway_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, gatewayId);
      ps.setString(3, id);
    }) == 1;
  }

  @Override
  public int resealAll(Resealer resealer) {
    return jdbc.transaction(conn -> {
      List<String[]> rows = Jdbc.query(conn, "SELECT id, secret_ciphertext FROM provider_configs", ps -> { },
          rs -> new String[] {rs.getString(1), rs.getString(2)});
      for (String[] row : rows) {
        String sealed = resealer.reseal(row[0], row[1]);
        Jdbc.update(conn, "UPDATE provider_configs SET secret_ciphertext = ? WHERE id = ?", ps -> {
          ps.setString(1, sealed);
          ps.setString(2, row[0]);
        });
      }
      return rows.size();
    });
  }

  private static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  private static Integer integerOrNull(ResultSet rs, int index) throws SQLException {
    int v = rs.getInt(index);
    return rs.wasNull() ? null : v;
  }

  private static ProviderConfig map(ResultSet rs) throws SQLException {
    return new ProviderConfig(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), integerOrNull(rs, 10),
        integerOrNull(rs, 11), Instant.ofEpochMilli(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13)));
  }
}
