package io.switchboard.translate.bedrock;

import io.switchboard.translate.Golden;
import io.switchboard.translate.kit.Stamp;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden scenarios for Bedrock Converse/ConverseStream (streams built as binary frames) and embeddings. */
class BedrockGoldenTest {
  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    Stamp stamp = Stamp.fixed("chatcmpl-golden", 1700000000L);
    OpenAiToBedrockConverseTranslator chat = new OpenAiToBedrockConverseTranslator(() -> stamp);
    return Golden.run("bedrock", new Golden.Subject(chat, new OpenAiToBedrockEmbeddingsTranslator(), EventStreamEncoder::fromEvents));
  }
}
