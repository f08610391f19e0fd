package io.switchboard.usage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathModelTest {
  @Test
  void readsTheModelFromEachProvidersPath() {
    assertThat(PathModel.of("/bedrock-runtime/us-east-1/model/anthropic.claude-3-haiku-20240307-v1:0/invoke"))
        .isEqualTo("anthropic.claude-3-haiku-20240307-v1:0");
    assertThat(PathModel.of("/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Ainference-profile%2Fus.x/converse"))
        .isEqualTo("arn:aws:bedrock:us-east-1:1:inference-profile/us.x");
    assertThat(PathModel.of("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"))
        .isEqualTo("gemini-2.5-flash");
    assertThat(PathModel.of("/v1/projects/p/locations/l/publishers/google/models/gemini-2.5-pro:generateContent"))
        .isEqualTo("gemini-2.5-pro");
    assertThat(PathModel.of("/@cf/meta/llama-3.1-8b-instruct")).isEqualTo("@cf/meta/llama-3.1-8b-instruct");
    assertThat(PathModel.of("/chat/completions")).isNull();
    assertThat(PathModel.of(null)).isNull();
  }
}
