package io.switchboard.translate.workersai;

import io.switchboard.translate.Golden;
import io.switchboard.translate.kit.Stamp;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden scenarios for Workers AI native text generation, its SSE stream, errors and embeddings. */
class WorkersAiGoldenTest {
  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    Stamp stamp = Stamp.fixed("chatcmpl-golden", 1700000000L);
    OpenAiToWorkersAiChatTranslator chat = new OpenAiToWorkersAiChatTranslator(() -> stamp);
    return Golden.run("workersai", new Golden.Subject(chat, new OpenAiToWorkersAiEmbeddingsTranslator(), Golden::sseBytes));
  }
}
