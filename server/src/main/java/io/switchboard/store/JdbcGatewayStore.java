package io.switchboard.store;

import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.GatewaySettings;
import io.switchboard.gateway.GatewayStore;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gateways over JDBC, for both dialects. Settings are one JSON text column. */
final class JdbcGatewayStore implements GatewayStore {
  private static final String COLUMNS = "account_id, id, internal_id, is_default, created_at, modified_at, settings";
  private final Jdbc jdbc;

  JdbcGatewayStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insert(Gateway g) {
    try {
      return jdbc.update("INSERT INTO gateways (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
        ps.setString(1, g.accountId());
        ps.setString(2, g.id());
        ps.setString(3, g.internalId());
        ps.setBoolean(4, g.isDefault());
        ps.setLong(5, g.createdAt().toEpochMilli());
        ps.setLong(6, g.modifiedAt().toEpochMilli());
        ps.setString(7, g.settings().toStored());
      }) == 1;
    } catch (StoreException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Gateway> find(String accountId, String id) {
    return jdbc.one("SELECT " + COLUMNS + " FROM gateways WHERE account_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, id);
    }, JdbcGatewayStore::map);
  }

  @Override
  public Page<Gateway> list(String accountId, String search, PageRequest page) {
    String pattern = "%" + (search == null ? "" : escapeLike(search.toLowerCase())) + "%";
    String where = " FROM gateways WHERE account_id = ? AND id LIKE ? ESCAPE '\\'";
    long total = jdbc.count("SELECT COUNT(*)" + where, ps -> {
      ps.setString(1, accountId);
      ps.setString(2, pattern);
    });
    List<Gateway> items = jdbc.query("SELECT " + COLUMNS + where + " ORDER BY id LIMIT ? OFFSET ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, pattern);
      ps.setInt(3, page.perPage());
      ps.setLong(4, page.offset());
    }, JdbcGatewayStore::map);
    return new Page<>(items, total, page);
  }

  @Override
  public List<Gateway> all(String accountId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM gateways WHERE account_id = ?", ps -> ps.setString(1, accountId),
        JdbcGatewayStore::map);
  }

  @Override
  public boolean update(Gateway g) {
    return jdbc.update("UPDATE gateways SET settings = ?, modified_at = ? WHERE account_id = ? AND id = ?", ps -> {
      ps.setString(1, g.settings().toStored());
      ps.setLong(2, g.modifiedAt().toEpochMilli());
      ps.setString(3, g.accountId());
      ps.setString(4, g.id());
    }) == 1;
  }

  @Override
  public boolean delete(String accountId, String id) {
    return jdbc.update("DELETE FROM gateways WHERE account_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, id);
    }) == 1;
  }

  private static Gateway map(ResultSet rs) throws SQLException {
    return new Gateway(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
        Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)),
        GatewaySettings.fromStored(rs.getString(7)));
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
