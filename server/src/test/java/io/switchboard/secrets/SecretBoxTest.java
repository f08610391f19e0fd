package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.config.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key (environment or owner-only key file) and AES-256-GCM sealing. */
class SecretBoxTest {
  @TempDir
  Path dir;

  @Test
  void sealsWithARandomNonceAndOpensOnlyForTheSameRowAndKey() {
    SecretBox box = new SecretBox(MasterKey.random());
    String a = box.encrypt("sk-ant-secret-value-123", "row-1");
    String b = box.encrypt("sk-ant-secret-value-123", "row-1");
    assertThat(a).isNotEqualTo(b).startsWith("v1:" + box.key().id() + ":").doesNotContain("sk-ant");
    assertThat(box.decrypt(a, "row-1")).isEqualTo("sk-ant-secret-value-123");
    assertThatThrownBy(() -> box.decrypt(a, "row-2")).isInstanceOf(SecretBox.SecretException.class)
        .hasMessageNotContaining("sk-ant");
    assertThatThrownBy(() -> new SecretBox(MasterKey.random()).decrypt(a, "row-1"))
        .hasMessageContaining("sealed under master key " + box.key().id());
    String tampered = a.substring(0, a.length() - 4) + (a.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThatThrownBy(() -> box.decrypt(tampered, "row-1")).isInstanceOf(SecretBox.SecretException.class);
    assertThat(SecretBox.keyIdOf(a)).isEqualTo(box.key().id());
  }

  @Test
  void keyFileIsCreatedOwnerOnlyOnFirstStartAndReusedAfter() throws Exception {
    Path file = dir.resolve("data/master.key");
    MasterKey first = MasterKey.load(SettingsLoader.load(List.of("--data-dir", dir.resolve("data").toString()),
        Map.of()));
    assertThat(file).exists();
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
    MasterKey again = MasterKey.fromFile(file, false);
    assertThat(again.id()).isEqualTo(first.id());
  }

  @Test
  void environmentKeyWinsOverTheFileAndIsValidated() {
    String b64 = MasterKey.random().base64();
    MasterKey k = MasterKey.load(SettingsLoader.load(List.of("--data-dir", dir.toString()),
        Map.of("SWITCHBOARD_MASTER_KEY", b64)));
    assertThat(k.base64()).isEqualTo(b64);
    assertThat(dir.resolve("master.key")).doesNotExist();
    assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=", "SWITCHBOARD_MASTER_KEY"))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> MasterKey.fromBase64("not base64!", "SWITCHBOARD_MASTER_KEY"))
        .hasMessageContaining("base64");
  }

  @Test
  void settingsNeverPrintTheMasterKey() {
    String b64 = MasterKey.random().base64();
    var settings = SettingsLoader.load(List.of("--data-dir", dir.toString()), Map.of("SWITCHBOARD_MASTER_KEY", b64));
    assertThat(settings.toString()).doesNotContain(b64);
    assertThat(MasterKey.load(settings).toString()).doesNotContain(b64);
  }
}
