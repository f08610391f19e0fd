package io.switchboard.store;

import io.switchboard.log.LogPatch;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/** PATCH of one log: feedback, score and metadata (replacing the metadata rows as well). */
final class LogPatches {
  private LogPatches() {
  }

  static boolean apply(Connection c, String accountId, String gatewayId, String id, LogPatch patch)
      throws SQLException {
    boolean exists = !Jdbc.query(c, "SELECT 1 FROM logs WHERE account_id = ? AND gateway_id = ? AND id = ?", ps -> {
      ps.setString(1, accountId);
      ps.setString(2, gatewayId);
      ps.setString(3, id);
    }, rs -> 1).isEmpty();
    if (!exists) {
      return false;
    }
    if (patch.hasFeedback()) {
      Jdbc.update(c, "UPDATE logs SET feedback = ? WHERE id = ?", ps -> {
        JdbcLogStore.setLong(ps, 1, patch.feedback() == null ? null : patch.feedback().longValue());
        ps.setString(2, id);
      });
    }
    if (patch.hasScore()) {
      Jdbc.update(c, "UPDATE logs SET score = ? WHERE id = ?", ps -> {
        if (patch.score() == null) {
          ps.setNull(1, Types.DOUBLE);
        } else {
          ps.setDouble(1, patch.score());
        }
        ps.setString(2, id);
      });
    }
    if (patch.hasMetadata()) {
      Map<String, Object> metadata = patch.metadata() == null ? Map.of() : patch.metadata();
      Jdbc.update(c, "UPDATE logs SET metadata = ? WHERE id = ?", ps -> {
        ps.setString(1, LogCodec.metadataJson(metadata));
        ps.setString(2, id);
      });
      Jdbc.update(c, "DELETE FROM log_metadata WHERE log_id = ?", ps -> ps.setString(1, id));
      for (Map.Entry<String, Object> m : metadata.entrySet()) {
        Jdbc.update(c, "INSERT INTO log_metadata (log_id, key, value) VALUES (?, ?, ?)", ps -> {
          ps.setString(1, id);
          ps.setString(2, m.getKey());
          ps.setString(3, String.valueOf(m.getValue()));
        });
      }
    }
    return true;
  }
}
