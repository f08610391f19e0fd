package io.switchboard.translate.google;

import io.switchboard.translate.Golden;
import io.switchboard.translate.kit.Stamp;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden scenarios for Gemini (AI Studio) chat, streams, errors and embeddings. */
class GoogleGoldenTest {
  static final Stamp STAMP = Stamp.fixed("chatcmpl-golden", 1700000000L);

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    OpenAiToGoogleChatTranslator chat = new OpenAiToGoogleChatTranslator("/v1beta/models/", () -> STAMP);
    return Golden.run("google", new Golden.Subject(chat, new OpenAiToGoogleEmbeddingsTranslator(), Golden::sseBytes));
  }
}
