package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.json.Json;
import io.switchboard.store.Database;
import io.switchboard.testkit.Backend;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rotate-master-key: every stored key re-encrypted in one transaction and usable under the new key only. */
class RotationTest {
  static final String KEY_A = "sk-ant-api03-ROTATE-A-0000000000001";
  static final String KEY_B = "sk-proj-ROTATE-B-00000000000000002";

  @TempDir
  Path keys;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void rotationKeepsEveryKeyUsableUnderTheNewKeyOnly(Backend backend) throws Exception {
    Path keyFile = keys.resolve("master.key");
    Path newKeyFile = keys.resolve("new.key");
    try (MockUpstream mock = new MockUpstream();
        TestGateway gw = TestGateway.start(backend, "--master-key-file", keyFile.toString(), "--upstream",
            "anthropic=" + mock.base(), "--upstream", "openai=" + mock.base())) {
      mock.on("/v1/messages", MockUpstream.json(200, "{}"));
      mock.on("/chat/completions", MockUpstream.json(200, "{}"));
      String run = gw.newToken("AI Gateway Run");
      gw.createGateway("rot", "\"authentication\":true");
      store(gw, "anthropic", KEY_A);
      store(gw, "openai", KEY_B);
      String oldId = MasterKey.fromFile(keyFile, false).id();
      gw.stop();

      Rotation.Result result = Rotation.rotate(gw.place().settings("--master-key-file", keyFile.toString()),
          newKeyFile);
      assertThat(result.resealed()).isEqualTo(2);
      assertThat(result.oldKeyId()).isEqualTo(oldId);
      String newId = MasterKey.fromFile(newKeyFile, false).id();
      assertThat(result.newKeyId()).isEqualTo(newId);
      List<String> rows = gw.rows("provider_configs");
      assertThat(rows).allMatch(r -> r.contains("|v1:" + newId + ":")).noneMatch(r -> r.contains(KEY_A));

      gw.startAgain();
      Http.Response stale = send(gw, run, "/anthropic/v1/messages");
      assertThat(stale.status()).as("old key cannot open the rotated secrets").isEqualTo(503);
      assertThat(stale.errorCode()).isEqualTo(2043);
      assertThat(stale.body()).doesNotContain(KEY_A);
      gw.stop();

      Files.copy(newKeyFile, keyFile, StandardCopyOption.REPLACE_EXISTING);
      gw.startAgain();
      assertThat(send(gw, run, "/anthropic/v1/messages").status()).isEqualTo(200);
      assertThat(mock.received().get(mock.received().size() - 1).headers().get("x-api-key")).isEqualTo(KEY_A);
      assertThat(send(gw, run, "/openai/chat/completions").status()).isEqualTo(200);
      assertThat(mock.received().get(mock.received().size() - 1).headers().get("authorization"))
          .isEqualTo("Bearer " + KEY_B);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSecretThatDoesNotOpenAbortsTheWholeRotation(Backend backend) {
    Path keyFile = keys.resolve(backend + ".key");
    try (TestGateway gw = TestGateway.start(backend, "--master-key-file", keyFile.toString())) {
      gw.createGateway("rot", "\"authentication\":true");
      store(gw, "anthropic", KEY_A);
      store(gw, "openai", KEY_B);
      gw.stop();
      var settings = gw.place().settings("--master-key-file", keyFile.toString());
      String foreign = new SecretBox(MasterKey.random()).encrypt("x", "y");
      try (Database db = Database.open(settings)) {
        db.jdbc().update("UPDATE provider_configs SET secret_ciphertext = ? WHERE provider_slug = ?", ps -> {
          ps.setString(1, foreign);
          ps.setString(2, "openai");
        });
      }
      List<String> before = gw.rows("provider_configs");
      assertThatThrownBy(() -> Rotation.rotate(settings, keys.resolve(backend + "-new.key")))
          .hasMessageContaining("sealed under master key");
      assertThat(gw.rows("provider_configs")).containsExactlyInAnyOrderElementsOf(before);
      assertThatThrownBy(() -> Rotation.rotate(settings, keyFile)).hasMessageContaining("is the current one");
      gw.startAgain();
    }
  }

  static void store(TestGateway gw, String slug, String secret) {
    Http.Response r = gw.http().post(gw.gateways("/rot/provider_configs"), gw.admin(),
        Json.object().put("provider_slug", slug).put("alias", "default").put("secret", secret));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  static Http.Response send(TestGateway gw, String run, String path) {
    return gw.http().send("POST", gw.dataPlane("rot", path), "{}", "cf-aig-authorization", "Bearer " + run,
        "content-type", "application/json");
  }
}
