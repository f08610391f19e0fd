package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.json.Json;
import io.switchboard.provider.ProviderSpec;
import io.switchboard.provider.ProviderTable;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import io.vertx.core.MultiMap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Provider credentials never surface: header maps (as stored logs will keep them), free text (error
 * messages, log lines, metric labels), management and data-plane responses, the server log and the
 * database.
 */
class RedactionTest {
  static final String STORED = "sk-ant-api03-STOREDSECRET-9999999999";
  static final String CLIENT = "sk-client-OWNKEY-88888888888888";
  static final String AWS_SECRET = "AWSSECRETKEY/abcdefghijklmnopqrstuvwxyz0123";

  @Test
  void everyProviderCredentialHeaderIsMasked() {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (ProviderSpec spec : new ProviderTable("0", Map.of(), null).builtIn()) {
      for (String name : spec.credentialHeaders()) {
        assertThat(Redaction.isSensitive(name)).as(spec.slug() + " " + name).isTrue();
        assertThat(Redaction.header(name.toUpperCase(), "Bearer " + CLIENT)).isEqualTo("Bearer " + Redaction.MASK);
        headers.set(name, CLIENT);
      }
    }
    headers.add("cf-aig-authorization", "Bearer " + CLIENT).add("content-type", "application/json")
        .add("anthropic-version", "2023-06-01");
    Map<String, String> shown = Redaction.headers(headers);
    assertThat(shown.toString()).doesNotContain(CLIENT);
    assertThat(shown).containsEntry("content-type", "application/json").containsEntry("anthropic-version", "2023-06-01")
        .containsEntry("x-api-key", Redaction.MASK).containsEntry("cf-aig-authorization", "Bearer " + Redaction.MASK);
  }

  @Test
  void textMasksKnownSecretsBearerValuesAndAwsSignatures() {
    Supplier<Collection<String>> source = Redaction.register(() -> List.of(STORED, AWS_SECRET));
    try {
      assertThat(Redaction.text("alias '" + STORED + "' and " + AWS_SECRET)).doesNotContain(STORED)
          .doesNotContain(AWS_SECRET).contains(Redaction.MASK);
      assertThat(Redaction.text("got Authorization: Bearer " + CLIENT)).doesNotContain(CLIENT)
          .endsWith("Bearer " + Redaction.MASK);
      String aws = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20150830/us-east-1/bedrock/aws4_request, "
          + "SignedHeaders=host, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
      assertThat(Redaction.text(aws)).doesNotContain("5fa00fa3").doesNotContain("AKIAIOSFODNN7EXAMPLE");
      assertThat(Redaction.text("Bearer token required")).isEqualTo("Bearer token required");
    } finally {
      Redaction.unregister(source);
    }
    assertThat(Redaction.text(STORED)).isEqualTo(STORED);
  }

  @Test
  void noSecretInResponsesServerLogOrDatabase() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> bodies = new ArrayList<>();
    try (MockUpstream mock = new MockUpstream()) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try (TestGateway gw = TestGateway.start("--upstream", "anthropic=" + mock.base(), "--upstream",
          "openai=http://127.0.0.1:1", "--upstream", "google-vertex-ai=" + mock.base())) {
        mock.on("/v1/messages", MockUpstream.json(200, "{}"));
        String run = gw.newToken("AI Gateway Run");
        gw.createGateway("red", "\"authentication\":true,\"byok_only\":true");
        String path = gw.gateways("/red/provider_configs");
        bodies.add(gw.http().post(path, gw.admin(), Json.object().put("provider_slug", "anthropic")
            .put("alias", "default").put("secret", STORED)).body());
        bodies.add(gw.http().post(path, gw.admin(), Json.object().put("provider_slug", "openai")
            .put("alias", "default").put("secret", STORED + "-openai")).body());
        bodies.add(gw.http().post(path, gw.admin(), Json.object().put("provider_slug", "google-vertex-ai")
            .put("alias", "default").put("secret", VertexTokensTest.serviceAccount("http://127.0.0.1:1/token"))).body());
        bodies.add(gw.http().post(path, gw.admin(), Json.object().put("provider_slug", "aws-bedrock")
            .put("alias", "bad").put("secret", "{\"accessKeyId\":\"AKIA\",\"secretAccessKey\":\"" + AWS_SECRET
                + "\",\"region\":\"Not A Region\"}")).body());
        bodies.add(gw.http().post(path, gw.admin(), Json.object().put("provider_slug", "openai")
            .put("alias", "x").put("secret", "bad key " + CLIENT)).body());
        bodies.add(gw.http().get(path, gw.admin()).body());
        String[] auth = {"cf-aig-authorization", "Bearer " + run, "content-type", "application/json"};
        bodies.add(send(gw, "/red/anthropic/v1/messages", auth, "cf-aig-byok-alias", STORED).body());
        bodies.add(send(gw, "/red/anthropic/v1/messages", auth, "x-api-key", "default").body());
        Http.Response unreachable = send(gw, "/red/openai/chat/completions", auth);
        assertThat(unreachable.status()).isEqualTo(502);
        bodies.add(unreachable.body());
        Http.Response vertex = send(gw, "/red/google-vertex-ai/v1/projects/p/locations/us-central1/x", auth);
        assertThat(vertex.errorCode()).isEqualTo(2043);
        bodies.add(vertex.body());
        bodies.add(send(gw, "/red/groq/chat/completions", auth, "authorization", "Bearer " + CLIENT).body());
        assertThat(mock.received()).anyMatch(r -> STORED.equals(r.headers().get("x-api-key")));
        List<String> dump = new ArrayList<>();
        for (String table : List.of("accounts", "api_tokens", "gateways", "custom_providers", "provider_configs")) {
          dump.addAll(gw.rows(table));
        }
        assertThat(String.join("\n", dump)).doesNotContain(STORED).doesNotContain(AWS_SECRET)
            .doesNotContain("PRIVATE KEY").doesNotContain(CLIENT);
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    original.print(log);
    assertThat(log).as("the capture works").contains("Vertex access token for gw@proj.iam.gserviceaccount.com");
    for (String text : List.of(String.join("\n", bodies), log)) {
      assertThat(text).doesNotContain(STORED).doesNotContain(AWS_SECRET).doesNotContain("PRIVATE KEY")
          .doesNotContain(CLIENT);
    }
    assertThat(String.join("\n", bodies)).contains("2040").contains(Redaction.MASK);
  }

  static Http.Response send(TestGateway gw, String path, String[] auth, String... more) {
    List<String> headers = new ArrayList<>(List.of(auth));
    headers.addAll(List.of(more));
    return gw.http().send("POST", "/v1/" + gw.accountId() + path, "{}", headers.toArray(String[]::new));
  }
}
