package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.testkit.TestGateway;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code rotate-master-key} command line: exit codes and the rows it rewrites. */
class MainRotateTest {
  @TempDir
  Path dir;

  @Test
  void rotateMasterKeyCommand() {
    Path key = dir.resolve("old.key");
    Path fresh = dir.resolve("new.key");
    try (TestGateway gw = TestGateway.start("--master-key-file", key.toString())) {
      gw.createGateway("cli", "\"authentication\":true");
      assertThat(gw.http().post(gw.gateways("/cli/provider_configs"), gw.admin(), Json.object()
          .put("provider_slug", "openai").put("secret", "sk-proj-cli-rotation-01")).status()).isEqualTo(200);
      String before = gw.rows("provider_configs").get(0);
      gw.stop();
      List<String> args = new ArrayList<>(gw.place().args());
      args.addAll(List.of("--master-key-file", key.toString()));
      assertThat(Main.rotateMasterKey(args)).isEqualTo(2);
      List<String> withNew = new ArrayList<>(List.of("--new-key-file", fresh.toString()));
      withNew.addAll(args);
      assertThat(Main.rotateMasterKey(withNew)).isEqualTo(0);
      assertThat(gw.rows("provider_configs").get(0)).isNotEqualTo(before);
      List<String> same = new ArrayList<>(List.of("--new-key-file", key.toString()));
      same.addAll(args);
      assertThat(Main.rotateMasterKey(same)).isEqualTo(1);
      gw.startAgain();
    }
  }
}
