package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.testkit.Http;
import io.switchboard.testkit.MockUpstream;
import io.switchboard.testkit.TestGateway;
import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Stored keys on the data plane: the precedence matrix (real key, alias reference, cf-aig-byok-alias,
 * default), Anthropic's two header forms, unknown alias, byok_only and cf-aig-no-wholesale,
 * unauthenticated gateways, Bedrock SigV4 signing, Vertex tokens and universal steps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ByokDataPlaneTest {
  static final String KEY_DEFAULT = "sk-ant-api03-DEFAULTKEY-000000000001";
  static final String KEY_1 = "sk-ant-api03-ALIASKEY1-000000000002";
  static final String KEY_OPENAI = "sk-proj-TEAMKEY-000000000000003";
  static final String CLIENT_KEY = "sk-ant-client-own-key-000000000004";
  static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String AWS_TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN0000";
  static final String MESSAGES = "/anthropic/v1/messages";
  static final String BEDROCK_PATH = "/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke";
  static final String VERTEX_PATH = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini:generateContent";
  MockUpstream mock;
  TestGateway gw;
  String run;
  final AtomicInteger minted = new AtomicInteger();

  @BeforeAll
  void start() {
    mock = new MockUpstream();
    String base = mock.base();
    gw = TestGateway.start("--upstream", "anthropic=" + base, "--upstream", "openai=" + base, "--upstream",
        "aws-bedrock=" + base, "--upstream", "google-vertex-ai=" + base, "--upstream", "groq=" + base);
    run = gw.newToken("AI Gateway Run");
    gw.createGateway("byok", "\"authentication\":true");
    gw.createGateway("open", "");
    gw.createGateway("strict", "\"authentication\":true,\"byok_only\":true");
    store("byok", "anthropic", "default", KEY_DEFAULT, true);
    store("byok", "anthropic", "ANTHROPIC_KEY_1", KEY_1, false);
    store("byok", "openai", "team", KEY_OPENAI, false);
    store("byok", "aws-bedrock", "default", Json.write(Json.object().put("accessKeyId", "AKIDEXAMPLE")
        .put("secretAccessKey", AWS_SECRET).put("region", "us-east-1").put("sessionToken", AWS_TOKEN)), true);
    store("byok", "google-vertex-ai", "default", VertexTokensTest.serviceAccount(base + "/token"), true);
    store("open", "anthropic", "default", KEY_DEFAULT, true);
    store("strict", "anthropic", "default", KEY_DEFAULT, true);
  }

  @AfterAll
  void stop() {
    gw.close();
    mock.close();
  }

  @BeforeEach
  void scripts() {
    mock.reset();
    minted.set(0);
    mock.on("/v1/messages", MockUpstream.json(200, "{\"ok\":true}"));
    mock.on("/chat/completions", MockUpstream.json(200, "{\"ok\":true}"));
    mock.on("/openai/v1/chat/completions", MockUpstream.json(200, "{\"ok\":true}"));
    mock.on(BEDROCK_PATH, MockUpstream.json(200, "{\"ok\":true}"));
    mock.on(VERTEX_PATH, MockUpstream.json(200, "{\"ok\":true}"));
    mock.on("/token", VertexTokensTest.tokenEndpoint(minted, 3600));
  }

  void store(String gateway, String slug, String alias, String secret, boolean dflt) {
    ObjectNode body = Json.object().put("provider_slug", slug).put("alias", alias).put("secret", secret)
        .put("default_config", dflt);
    Http.Response r = gw.http().post(gw.gateways("/" + gateway + "/provider_configs"), gw.admin(), body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** Sends a request through {@code gateway} with the run token plus {@code headers}. */
  Http.Response send(String gateway, String path, String body, String... headers) {
    List<String> all = new ArrayList<>(List.of("cf-aig-authorization", "Bearer " + run,
        "content-type", "application/json", "anthropic-version", "2023-06-01"));
    all.addAll(List.of(headers));
    return gw.http().send("POST", gw.dataPlane(gateway, path), body, all.toArray(String[]::new));
  }

  MultiMap upstreamHeaders(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<MockUpstream.Received> got = mock.received().stream().filter(x -> !x.uri().equals("/token")).toList();
    return got.get(got.size() - 1).headers();
  }

  MultiMap anthropic(String gateway, String... headers) {
    return upstreamHeaders(send(gateway, MESSAGES, "{}", headers));
  }

  @Test
  void noCredentialsGetTheDefaultKeyInXApiKey() {
    MultiMap h = anthropic("byok");
    assertThat(h.get("x-api-key")).isEqualTo(KEY_DEFAULT);
    assertThat(h.get("authorization")).isNull();
    assertThat(h.get("cf-aig-authorization")).isNull();
  }

  @Test
  void aRealKeyInTheRequestWinsInEitherAnthropicForm() {
    assertThat(anthropic("byok", "x-api-key", CLIENT_KEY).get("x-api-key")).isEqualTo(CLIENT_KEY);
    MultiMap bearer = anthropic("byok", "authorization", "Bearer " + CLIENT_KEY);
    assertThat(bearer.get("authorization")).isEqualTo("Bearer " + CLIENT_KEY);
    assertThat(bearer.get("x-api-key")).isNull();
    assertThat(anthropic("byok", "x-api-key", CLIENT_KEY, "cf-aig-byok-alias", "ANTHROPIC_KEY_1").get("x-api-key"))
        .isEqualTo(CLIENT_KEY);
  }

  @Test
  void anAliasWhereTheKeyGoesIsSubstitutedInEitherAnthropicForm() {
    assertThat(anthropic("byok", "x-api-key", "ANTHROPIC_KEY_1").get("x-api-key")).isEqualTo(KEY_1);
    MultiMap bearer = anthropic("byok", "authorization", "Bearer ANTHROPIC_KEY_1");
    assertThat(bearer.get("x-api-key")).isEqualTo(KEY_1);
    assertThat(bearer.get("authorization")).isNull();
    assertThat(anthropic("byok", "x-api-key", "default").get("x-api-key")).isEqualTo(KEY_DEFAULT);
  }

  @Test
  void anAliasReferenceBeatsTheAliasHeaderWhichBeatsTheDefault() {
    assertThat(anthropic("byok", "cf-aig-byok-alias", "ANTHROPIC_KEY_1").get("x-api-key")).isEqualTo(KEY_1);
    assertThat(anthropic("byok", "cf-aig-byok-alias", "default", "x-api-key", "ANTHROPIC_KEY_1").get("x-api-key"))
        .isEqualTo(KEY_1);
    assertThat(anthropic("byok", "cf-aig-byok-alias", "ANTHROPIC_KEY_1", "x-api-key", "default").get("x-api-key"))
        .isEqualTo(KEY_DEFAULT);
  }

  @Test
  void anUnknownAliasIs2040ListingTheConfiguredAliases() {
    Http.Response r = send("byok", MESSAGES, "{}", "cf-aig-byok-alias", "nope");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorCode()).isEqualTo(2040);
    assertThat(r.errorMessage()).isEqualTo("Provider 'anthropic' has no BYOK credential named 'nope'. "
        + "Configured aliases: 'ANTHROPIC_KEY_1', 'default'");
    Http.Response groq = send("byok", "/groq/chat/completions", "{}", "cf-aig-byok-alias", "x");
    assertThat(groq.errorMessage()).endsWith("Configured aliases: none");
    assertThat(mock.received()).isEmpty();
  }

  @Test
  void otherProvidersUseTheirOwnHeaderAndAnUnmatchedValueIsARealKey() {
    MultiMap none = upstreamHeaders(send("byok", "/openai/chat/completions", "{}"));
    assertThat(none.get("authorization")).as("no default openai key").isNull();
    MultiMap alias = upstreamHeaders(send("byok", "/openai/chat/completions", "{}", "authorization", "Bearer team"));
    assertThat(alias.get("authorization")).isEqualTo("Bearer " + KEY_OPENAI);
    MultiMap header = upstreamHeaders(send("byok", "/openai/chat/completions", "{}", "cf-aig-byok-alias", "team"));
    assertThat(header.get("authorization")).isEqualTo("Bearer " + KEY_OPENAI);
    MultiMap real = upstreamHeaders(send("byok", "/openai/chat/completions", "{}", "authorization", "Bearer teams"));
    assertThat(real.get("authorization")).isEqualTo("Bearer teams");
  }

  @Test
  void unauthenticatedGatewaysNeverInjectStoredKeys() {
    List<String> noToken = List.of("content-type", "application/json");
    Http.Response r = gw.http().send("POST", gw.dataPlane("open", MESSAGES), "{}", noToken.toArray(String[]::new));
    assertThat(upstreamHeaders(r).get("x-api-key")).isNull();
    Http.Response alias = gw.http().send("POST", gw.dataPlane("open", MESSAGES), "{}", "x-api-key", "default");
    assertThat(upstreamHeaders(alias).get("x-api-key")).isEqualTo("default");
  }

  @Test
  void byokOnlyAndNoWholesaleRefuseARequestLeftWithoutCredentials() {
    Http.Response strict = send("strict", "/openai/chat/completions", "{}");
    assertThat(strict.status()).isEqualTo(400);
    assertThat(strict.errorCode()).isEqualTo(2042);
    assertThat(strict.errorMessage()).contains("openai").contains("byok_only");
    assertThat(anthropic("strict").get("x-api-key")).isEqualTo(KEY_DEFAULT);
    assertThat(upstreamHeaders(send("strict", "/openai/chat/completions", "{}", "authorization", "Bearer sk-real-1"))
        .get("authorization")).isEqualTo("Bearer sk-real-1");
    Http.Response noWholesale = send("byok", "/openai/chat/completions", "{}", "cf-aig-no-wholesale", "true");
    assertThat(noWholesale.errorCode()).isEqualTo(2042);
    assertThat(noWholesale.errorMessage()).contains("cf-aig-no-wholesale");
    assertThat(anthropic("byok", "cf-aig-no-wholesale", "true").get("x-api-key")).isEqualTo(KEY_DEFAULT);
  }

  @Test
  void bedrockRequestsAreSignedWithSigV4ForTheFinalUrlAndBody() {
    String body = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":5}";
    Http.Response r = send("byok", "/aws-bedrock/bedrock-runtime/us-east-1" + BEDROCK_PATH, body);
    MultiMap h = upstreamHeaders(r);
    String auth = h.get("authorization");
    assertThat(auth).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
        .contains("/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, ");
    assertThat(h.get("x-amz-security-token")).isEqualTo(AWS_TOKEN);
    Instant at = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .parse(h.get("x-amz-date"), Instant::from);
    SigV4.Signed expected = SigV4.sign(new SigV4.Request("POST", h.get("host"), BEDROCK_PATH, null,
        Map.of("content-type", "application/json"), body.getBytes(StandardCharsets.UTF_8)),
        new SigV4.Scope("AKIDEXAMPLE", AWS_SECRET, AWS_TOKEN, "us-east-1", "bedrock"), at);
    assertThat(auth).isEqualTo(expected.authorization());
  }

  @Test
  void vertexRequestsGetAMintedTokenThatIsReused() {
    MultiMap first = upstreamHeaders(send("byok", "/google-vertex-ai" + VERTEX_PATH, "{}"));
    MultiMap second = upstreamHeaders(send("byok", "/google-vertex-ai" + VERTEX_PATH, "{}"));
    assertThat(first.get("authorization")).startsWith("Bearer ya29.token-");
    assertThat(second.get("authorization")).isEqualTo(first.get("authorization"));
    assertThat(minted.get()).isLessThanOrEqualTo(1);
  }

  @Test
  void compatReachesVertexWithTheStoredServiceAccount() {
    String path = "/v1/projects/proj/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent";
    mock.on(path, MockUpstream.json(200, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":"
        + "\"Hi\"}]},\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":3,"
        + "\"candidatesTokenCount\":1},\"modelVersion\":\"gemini-2.5-flash\"}"));
    Http.Response r = send("byok", "/compat/chat/completions", "{\"model\":\"google-vertex-ai/google/gemini-2.5-flash\","
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("choices").get(0).path("message").path("content").asText()).isEqualTo("Hi");
    assertThat(upstreamHeaders(r).get("authorization")).startsWith("Bearer ya29.token-");
    Http.Response open = gw.http().send("POST", gw.dataPlane("open", "/compat/chat/completions"),
        "{\"model\":\"google-vertex-ai/gemini-2.5-flash\",\"messages\":[]}");
    assertThat(open.json().path("internalCode").asInt()).isEqualTo(2008);
  }

  @Test
  void universalStepsUseStoredKeysToo() {
    String steps = "[{\"provider\":\"anthropic\",\"endpoint\":\"v1/messages\",\"headers\":{\"cf-aig-byok-alias\":"
        + "\"ANTHROPIC_KEY_1\"},\"query\":{}},{\"provider\":\"anthropic\",\"endpoint\":\"v1/messages\",\"query\":{}}]";
    assertThat(upstreamHeaders(send("byok", "", steps)).get("x-api-key")).isEqualTo(KEY_1);
    String fallback = "[{\"provider\":\"anthropic\",\"endpoint\":\"v1/messages\",\"headers\":{\"cf-aig-byok-alias\":"
        + "\"missing\"},\"query\":{}},{\"provider\":\"anthropic\",\"endpoint\":\"v1/messages\",\"query\":{}}]";
    Http.Response r = send("byok", "", fallback);
    assertThat(upstreamHeaders(r).get("x-api-key")).isEqualTo(KEY_DEFAULT);
    assertThat(r.headers().firstValue("cf-aig-step")).hasValue("1");
  }
}
