package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.Backend;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.TestGateway;
import org.junit.jupiter.api.Test;

/** Everything survives a restart on the same store; run once per {@link Backend}. */
abstract class RestartSuite {
  abstract Backend backend();

  @Test
  void gatewaysAndTokensSurviveARestart() {
    try (TestGateway gw = TestGateway.start(backend())) {
      String firstAdmin = gw.admin();
      assertThat(firstAdmin).as("first start prints an admin token").isNotNull();
      String account = gw.accountId();
      gw.createGateway("kept");
      String reader = gw.newToken("AI Gateway Read");
      gw.stop();

      Switchboard again = gw.startAgain();
      assertThat(again.newAdminToken()).as("no new admin token on restart").isNull();
      assertThat(again.accountId()).isEqualTo(account);
      Http http = gw.http();
      assertThat(http.get(gw.gateways("/kept"), firstAdmin).status()).isEqualTo(200);
      assertThat(http.get(gw.gateways("/kept"), reader).status()).isEqualTo(200);
      assertThat(http.get(gw.tokens(""), firstAdmin).result()).hasSize(2);
    }
  }

  @Test
  void aNewAdminTokenIsMadeWhenEveryAdminTokenWasRevoked() {
    try (TestGateway gw = TestGateway.start(backend())) {
      String id = gw.http().get(gw.tokens("/verify"), gw.admin()).result().path("id").asText();
      assertThat(gw.http().delete(gw.tokens("/" + id), gw.admin()).status()).isEqualTo(200);
      gw.stop();
      Switchboard again = gw.startAgain();
      assertThat(again.newAdminToken()).isNotNull().isNotEqualTo(gw.admin());
      assertThat(gw.http().get(gw.tokens(""), again.newAdminToken()).status()).isEqualTo(200);
      assertThat(gw.http().get(gw.tokens(""), gw.admin()).status()).isEqualTo(401);
    }
  }

  @Test
  void bootstrapTokenAndAccountIdAreUsedOnFirstStart() {
    String value = "bootstrap-" + "x".repeat(40);
    String account = "0123456789abcdef0123456789abcdef";
    try (TestGateway gw = TestGateway.start(backend(), "--bootstrap-token", value, "--account-id", account)) {
      assertThat(gw.admin()).isEqualTo(value);
      assertThat(gw.accountId()).isEqualTo(account);
      assertThat(gw.http().get(gw.gateways(""), value).status()).isEqualTo(200);
      assertThat(gw.rows("api_tokens")).noneMatch(r -> r.contains(value));
    }
  }
}
