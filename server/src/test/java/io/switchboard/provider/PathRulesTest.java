package io.switchboard.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathRulesTest {
  @Test
  void aVersionSegmentIsVPlusDigitsThenLettersOrDigitsThenTheEndOrASlash() {
    for (String yes : new String[] {"/v1", "/v1/chat", "/v2beta/x", "/v1beta", "/v10/", "/v4alpha2/models"}) {
      assertThat(PathRules.startsWithVersion(yes)).as(yes).isTrue();
    }
    for (String no : new String[] {"", "/", "/v", "/vx1", "/V1/chat", "/v1-beta/x", "/v1Beta", "v1/chat", "/chat/v1"}) {
      assertThat(PathRules.startsWithVersion(no)).as(no).isFalse();
    }
  }

  @Test
  void aVersionedRestReplacesTheBasesVersionElseIsAppended() {
    assertThat(PathRules.dedupe("https://api.x.ai/v1", "/v1/chat/completions"))
        .isEqualTo(new PathRule.Destination("https://api.x.ai", "/v1/chat/completions"));
    assertThat(PathRules.dedupe("https://api.x.ai/v1", "/chat/completions"))
        .isEqualTo(new PathRule.Destination("https://api.x.ai/v1", "/chat/completions"));
    assertThat(PathRules.dedupe("https://host/api", "/v1/chat"))
        .isEqualTo(new PathRule.Destination("https://host/api", "/v1/chat"));
  }
}
