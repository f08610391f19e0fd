package io.switchboard.store;

import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.provider.CustomProvider;
import io.switchboard.provider.CustomProviderQuery;
import io.switchboard.provider.CustomProviderStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Custom providers over JDBC, for both dialects. The slug is unique per account. */
final class JdbcCustomProviderStore implements CustomProviderStore {
  private static final String COLUMNS = "id, account_id, name, slug, base_url, description, link, enabled, beta, "
      + "curl_example, js_example, created_at, modified_at";
  private final Jdbc jdbc;

  JdbcCustomProviderStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Outcome insert(CustomProvider p) {
    return write(() -> jdbc.update("INSERT INTO custom_providers (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
          ps.setString(1, p.id());
          ps.setString(2, p.accountId());
          bindFields(ps, 3, p);
          ps.setLong(12, p.createdAt().toEpochMilli());
          ps.setLong(13, p.modifiedAt().toEpochMilli());
        }));
  }

  @Override
  public Outcome update(CustomProvider p) {
    return write(() -> jdbc.update("UPDATE custom_providers SET name = ?, slug = ?, base_url = ?, description = ?, "
        + "link = ?, enabled = ?, beta = ?, curl_example = ?, js_example = ?, modified_at = ? "
        + "WHERE account_id = ? AND id = ?", ps -> {
          bindFields(ps, 1, p);
          ps.setLong(10, p.modifiedAt().toEpochMilli());
          ps.setString(11, p.accountId());
          ps.setString(12, p.id());
        }));
  }

  private static Outcome write(java.util.function.IntSupplier statement) {
    try {
      return statement.getAsInt() == 1 ? Outcome.DONE : Outcome.MISSING;
    } catch (StoreException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return Outcome.DUPLICATE_SLUG;
      }
      throw e;
    }
  }

  /** Binds name .. js_example (9 values) from {@code first}. */
  private static void bindFields(PreparedStatement ps, int first, CustomProvider p) throws SQLException {
    ps.setString(first, p.name());
    ps.setString(first + 1, p.slug());
    ps.setString(first + 2, p.baseUrl());
    ps.setString(first + 3, p.description());
    ps.setString(first + 4, p.link());
    ps.setBoolean(first + 5, p.enable());
    ps.setBoolean(first + 6, p.beta());
    ps.setString(first + 7, p.curlExample());
    ps.setString(first + 8, p.jsExample());
  }

  @Override
  public boolean delete(String accountId, String id) {
    return jdbc.update("DELETE FROM custom_providers WHERE account_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, id);
    }) == 1;
  }

  @Override
  public Optional<CustomProvider> find(String accountId, String id) {
    return jdbc.one("SELECT " + COLUMNS + " FROM custom_providers WHERE account_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, id);
    }, JdbcCustomProviderStore::map);
  }

  @Override
  public List<CustomProvider> all(String accountId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM custom_providers WHERE account_id = ?",
        ps -> ps.setString(1, accountId), JdbcCustomProviderStore::map);
  }

  @Override
  public Page<CustomProvider> list(String accountId, CustomProviderQuery q, PageRequest page) {
    List<Object> params = new ArrayList<>();
    String where = where(accountId, q, params);
    long total = jdbc.count("SELECT COUNT(*) FROM custom_providers" + where, ps -> bind(ps, params));
    String sql = "SELECT " + COLUMNS + " FROM custom_providers" + where + orderBy(q) + " LIMIT ? OFFSET ?";
    List<CustomProvider> items = jdbc.query(sql, ps -> {
      bind(ps, params);
      ps.setInt(params.size() + 1, page.perPage());
      ps.setLong(params.size() + 2, page.offset());
    }, JdbcCustomProviderStore::map);
    return new Page<>(items, total, page);
  }

  /** The WHERE clause: fixed SQL fragments only, values go to {@code params}. */
  private static String where(String accountId, CustomProviderQuery q, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE account_id = ?");
    params.add(accountId);
    if (q.enable() != null) {
      sql.append(" AND enabled = ?");
      params.add(q.enable());
    }
    if (q.beta() != null) {
      sql.append(" AND beta = ?");
      params.add(q.beta());
    }
    if (q.search() != null) {
      String pattern = "%" + escapeLike(q.search().toLowerCase()) + "%";
      sql.append(" AND (LOWER(id) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\'")
          .append(" OR LOWER(slug) LIKE ? ESCAPE '\\')");
      params.add(pattern);
      params.add(pattern);
      params.add(pattern);
    }
    return sql.toString();
  }

  private static String orderBy(CustomProviderQuery q) {
    String column = switch (q.orderBy()) {
      case NAME -> "LOWER(name)";
      case SLUG -> "slug";
      case ID -> "id";
      case CREATED_AT -> "created_at";
      case MODIFIED_AT -> "modified_at";
    };
    String direction = q.descending() ? " DESC" : " ASC";
    return " ORDER BY " + column + direction + ", id" + direction;
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof Boolean b) {
        ps.setBoolean(i + 1, b);
      } else {
        ps.setString(i + 1, (String) v);
      }
    }
  }

  private static CustomProvider map(ResultSet rs) throws SQLException {
    return new CustomProvider(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10), rs.getString(11),
        Instant.ofEpochMilli(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13)));
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
