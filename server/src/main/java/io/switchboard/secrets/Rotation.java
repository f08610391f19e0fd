package io.switchboard.secrets;

import io.switchboard.config.Settings;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import java.nio.file.Path;

/**
 * {@code switchboard rotate-master-key --new-key-file PATH}: re-encrypts every stored provider key
 * under a new master key, in one transaction (all or nothing). The new key is read from PATH, or
 * created there (owner-only) when the file does not exist. Run it with the gateway's usual settings
 * while no node is running, then start every node with the new key.
 */
public final class Rotation {
  private Rotation() {
  }

  /** What a rotation did. */
  public record Result(int resealed, String oldKeyId, String newKeyId) {
  }

  public static Result rotate(Settings settings, Path newKeyFile) {
    MasterKey current = MasterKey.load(settings);
    MasterKey next = MasterKey.fromFile(newKeyFile, true);
    if (next.id().equals(current.id())) {
      throw new IllegalArgumentException("the new master key is the current one");
    }
    SecretBox from = new SecretBox(current);
    SecretBox to = new SecretBox(next);
    try (Database db = Database.open(settings)) {
      int n = new Stores(db).providerConfigs().resealAll((id, sealed) ->
          next.id().equals(SecretBox.keyIdOf(sealed)) ? sealed : to.encrypt(from.decrypt(sealed, id), id));
      return new Result(n, current.id(), next.id());
    }
  }
}
