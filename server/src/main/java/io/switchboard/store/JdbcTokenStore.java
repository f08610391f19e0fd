package io.switchboard.store;

import io.switchboard.auth.ApiToken;
import io.switchboard.auth.Permission;
import io.switchboard.auth.TokenStore;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** API tokens over JDBC, for both dialects. Permissions are stored as a comma-separated list of names. */
final class JdbcTokenStore implements TokenStore {
  private static final String COLUMNS = "id, account_id, name, token_hash, preview, permissions, created_at, "
      + "modified_at, expires_at, revoked_at, last_used_at";
  private final Jdbc jdbc;

  JdbcTokenStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(ApiToken t) {
    jdbc.update("INSERT INTO api_tokens (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
      ps.setString(1, t.id());
      ps.setString(2, t.accountId());
      ps.setString(3, t.name());
      ps.setString(4, t.hash());
      ps.setString(5, t.preview());
      ps.setString(6, t.permissions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
      ps.setLong(7, t.createdAt().toEpochMilli());
      ps.setLong(8, t.modifiedAt().toEpochMilli());
      setInstant(ps, 9, t.expiresAt());
      setInstant(ps, 10, t.revokedAt());
      setInstant(ps, 11, t.lastUsedAt());
    });
  }

  @Override
  public Optional<ApiToken> findByHash(String hash) {
    return jdbc.one("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ?", ps -> ps.setString(1, hash),
        JdbcTokenStore::map);
  }

  @Override
  public Optional<ApiToken> find(String accountId, String id) {
    return jdbc.one("SELECT " + COLUMNS + " FROM api_tokens WHERE account_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, id);
    }, JdbcTokenStore::map);
  }

  @Override
  public Page<ApiToken> list(String accountId, PageRequest page) {
    long total = jdbc.count("SELECT COUNT(*) FROM api_tokens WHERE account_id = ?", ps -> ps.setString(1, accountId));
    var items = jdbc.query("SELECT " + COLUMNS + " FROM api_tokens WHERE account_id = ? "
        + "ORDER BY created_at, id LIMIT ? OFFSET ?", ps -> {
          ps.setString(1, accountId);
          ps.setInt(2, page.perPage());
          ps.setLong(3, page.offset());
        }, JdbcTokenStore::map);
    return new Page<>(items, total, page);
  }

  @Override
  public boolean revoke(String accountId, String id, Instant at) {
    return jdbc.update("UPDATE api_tokens SET revoked_at = ?, modified_at = ? "
        + "WHERE account_id = ? AND id = ? AND revoked_at IS NULL", ps -> {
          ps.setLong(1, at.toEpochMilli());
          ps.setLong(2, at.toEpochMilli());
          ps.setString(3, accountId);
          ps.setString(4, id);
        }) == 1;
  }

  @Override
  public void touch(String id, Instant lastUsed) {
    jdbc.update("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", ps -> {
      ps.setLong(1, lastUsed.toEpochMilli());
      ps.setString(2, id);
    });
  }

  private static ApiToken map(ResultSet rs) throws SQLException {
    String perms = rs.getString(6);
    Set<Permission> permissions = perms.isEmpty() ? EnumSet.noneOf(Permission.class)
        : Arrays.stream(perms.split(",")).map(Permission::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    return new ApiToken(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        permissions, instant(rs, 7), instant(rs, 8), instant(rs, 9), instant(rs, 10), instant(rs, 11));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value.toEpochMilli());
    }
  }
}
