package io.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.config.Settings;
import io.switchboard.testkit.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A new SQLite store is created with large pages in WAL mode; an existing one keeps the pages it has. */
class SqlitePageSizeTest {

  @Test
  void aNewStoreHasLargePagesAndWal() throws SQLException {
    try (Backend.Place place = Backend.SQLITE.newPlace()) {
      Settings settings = place.settings();
      try (Database db = Database.open(settings)) {
        assertThat(pragma(db, "page_size")).isEqualTo(String.valueOf(Database.SQLITE_PAGE_SIZE));
        assertThat(pragma(db, "journal_mode")).isEqualToIgnoringCase("wal");
      }
      try (Database reopened = Database.open(settings)) {
        assertThat(pragma(reopened, "page_size")).isEqualTo(String.valueOf(Database.SQLITE_PAGE_SIZE));
      }
    }
  }

  @Test
  void anExistingStoreKeepsItsPageSize() throws SQLException {
    try (Backend.Place place = Backend.SQLITE.newPlace()) {
      Settings settings = place.settings();
      String url = settings.dbUrl();
      java.io.File parent = Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath().getParent().toFile();
      assertThat(parent.mkdirs() || parent.isDirectory()).isTrue();
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("PRAGMA page_size = 4096");
        s.execute("PRAGMA journal_mode = WAL");
      }
      try (Database db = Database.open(settings)) {
        assertThat(pragma(db, "page_size")).isEqualTo("4096");
        assertThat(pragma(db, "journal_mode")).isEqualToIgnoringCase("wal");
      }
    }
  }

  private static String pragma(Database db, String name) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
