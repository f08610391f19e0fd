package io.switchboard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AWS's published SigV4 test suite (aws-sig-v4-test-suite): example credentials AKIDEXAMPLE, region
 * us-east-1, service "service", 2015-08-30T12:36:00Z. Canonical request, string to sign and signature
 * are checked separately so a failure names the step that is wrong.
 */
class SigV4Test {
  private static final Instant AT = Instant.parse("2015-08-30T12:36:00Z");
  private static final String HOST = "example.amazonaws.com";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final SigV4.Scope SUITE = new SigV4.Scope("AKIDEXAMPLE", SECRET, null, "us-east-1", "service");
  private static final String SCOPE_LINE = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n";
  private static final String CREDENTIAL = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
      + "aws4_request, ";
  private static final String EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String SESSION_TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWL"
      + "WsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0K"
      + "PkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypN"
      + "C9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

  private static SigV4.Signed sign(String method, String path, String query, Map<String, String> headers,
      String body, SigV4.Scope scope) {
    return SigV4.sign(new SigV4.Request(method, HOST, path, query, headers,
        body.getBytes(StandardCharsets.UTF_8)), scope, AT);
  }

  @Test
  void getVanilla() {
    SigV4.Signed s = sign("GET", "/", null, Map.of(), "", SUITE);
    assertThat(s.canonicalRequest()).isEqualTo(String.join("\n", "GET", "/", "", "host:example.amazonaws.com",
        "x-amz-date:20150830T123600Z", "", "host;x-amz-date", EMPTY_SHA));
    assertThat(s.stringToSign()).isEqualTo(SCOPE_LINE
        + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
    assertThat(s.authorization()).isEqualTo(CREDENTIAL + "SignedHeaders=host;x-amz-date, "
        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    assertThat(s.headers()).containsEntry("x-amz-date", "20150830T123600Z").doesNotContainKey("x-amz-security-token");
  }

  @Test
  void getVanillaQueryOrderKeyCase() {
    SigV4.Signed s = sign("GET", "/", "Param2=value2&Param1=value1", Map.of(), "", SUITE);
    assertThat(s.canonicalRequest().split("\n")[2]).isEqualTo("Param1=value1&Param2=value2");
    assertThat(s.stringToSign()).isEqualTo(SCOPE_LINE
        + "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0");
    assertThat(s.authorization()).endsWith(
        "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
  }

  @Test
  void postXWwwFormUrlencoded() {
    SigV4.Signed s = sign("POST", "/", null, Map.of("Content-Type", "application/x-www-form-urlencoded"),
        "Param1=value1", SUITE);
    assertThat(s.canonicalRequest()).isEqualTo(String.join("\n", "POST", "/", "",
        "content-type:application/x-www-form-urlencoded", "host:example.amazonaws.com",
        "x-amz-date:20150830T123600Z", "", "content-type;host;x-amz-date",
        "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"));
    assertThat(s.stringToSign()).isEqualTo(SCOPE_LINE
        + "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281");
    assertThat(s.authorization()).isEqualTo(CREDENTIAL + "SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
  }

  @Test
  void postStsHeaderAfterSignsTheSessionToken() {
    SigV4.Scope withToken = new SigV4.Scope("AKIDEXAMPLE", SECRET, SESSION_TOKEN, "us-east-1", "service");
    SigV4.Signed s = sign("POST", "/", null, Map.of(), "", withToken);
    assertThat(s.headers()).containsEntry("x-amz-security-token", SESSION_TOKEN);
    assertThat(s.stringToSign()).isEqualTo(SCOPE_LINE
        + "c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6");
    assertThat(s.authorization()).isEqualTo(CREDENTIAL + "SignedHeaders=host;x-amz-date;x-amz-security-token, "
        + "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead");
  }

  @Test
  void getUtf8EncodesThePathOnceWithUpperCaseHex() {
    SigV4.Signed s = sign("GET", "/\u1234", null, Map.of(), "", SUITE);
    assertThat(s.canonicalRequest().split("\n")[1]).isEqualTo("/%E1%88%B4");
  }

  @Test
  void wirePathIsEncodedAgainAsAwsDoesForBedrockModelIds() {
    assertThat(SigV4.canonicalPath("/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke"))
        .isEqualTo("/model/anthropic.claude-3-haiku-20240307-v1%253A0/invoke");
  }

  @Test
  void headerValuesAreTrimmedAndInnerSpacesCollapsed() {
    SigV4.Signed s = sign("GET", "/", null, Map.of("My-Header1", "  value1   two  "), "", SUITE);
    assertThat(s.canonicalRequest()).contains("\nmy-header1:value1 two\n");
  }
}
