package io.switchboard.translate.cohere;

import io.switchboard.translate.Golden;
import io.switchboard.translate.kit.Stamp;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden scenarios for Cohere v2 chat, its SSE stream, errors and embeddings. */
class CohereGoldenTest {
  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    Stamp stamp = Stamp.fixed("chatcmpl-golden", 1700000000L);
    OpenAiToCohereChatTranslator chat = new OpenAiToCohereChatTranslator(() -> stamp);
    return Golden.run("cohere", new Golden.Subject(chat, new OpenAiToCohereEmbeddingsTranslator(), Golden::sseBytes));
  }
}
