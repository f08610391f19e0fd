package io.switchboard.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.translate.anthropic.OpenAiToAnthropicError;
import io.switchboard.translate.anthropic.OpenAiToAnthropicResponse;
import io.switchboard.translate.anthropic.OpenAiToAnthropicStream;
import io.switchboard.translate.kit.OpenAiErrors;
import io.vertx.core.buffer.Buffer;

/** Which body rewrite a {@code /compat} response gets, by route, status and streaming. */
final class CompatTransforms {
  private CompatTransforms() {
  }

  static BodyTransform chat(int status, CompatRoute route, CompatRequest r, boolean nativeMessages) {
    if (nativeMessages) {
      return null;
    }
    BodyTransform toOpenAi = toOpenAi(status, route, r);
    if (!r.frontDoor()) {
      return toOpenAi;
    }
    BodyTransform toAnthropic;
    if (status >= 400) {
      toAnthropic = Transforms.error(status, OpenAiToAnthropicError::convert);
    } else if (r.stream()) {
      toAnthropic = Transforms.stream(new OpenAiToAnthropicStream(r.openAi().path("model").asText()), null);
    } else {
      toAnthropic = Transforms.json(OpenAiToAnthropicResponse::convert,
          (s, body) -> OpenAiToAnthropicError.convert(s, body));
    }
    return toOpenAi == null ? toAnthropic : Transforms.chain(toOpenAi, toAnthropic);
  }

  private static BodyTransform toOpenAi(int status, CompatRoute route, CompatRequest r) {
    if (status >= 400) {
      return route.translated() ? Transforms.error(status, route.chat()::toOpenAiError) : passthrough(status);
    }
    if (!route.translated()) {
      return null;
    }
    if (r.stream()) {
      return Transforms.stream(route.chat().newStream(r.model(), r.includeUsage()), null);
    }
    return Transforms.json(o -> route.chat().toOpenAi(o, r.model()), OpenAiErrors::fromText);
  }

  static BodyTransform embeddings(int status, CompatRoute route, String model, String format) {
    if (status >= 400) {
      return Transforms.error(status, CompatTransforms::openAiError);
    }
    return Transforms.json(o -> route.embeddings().toOpenAi(o, model, format), OpenAiErrors::fromText);
  }

  /** OpenAI-compatible providers: successes as they are; errors in OpenAI's shape even when not JSON. */
  static BodyTransform passthrough(int status) {
    return status >= 400 ? Transforms.error(status, CompatTransforms::openAiError) : null;
  }

  private static ObjectNode openAiError(int status, Buffer body) {
    JsonNode parsed = OpenAiErrors.parseOrNull(body);
    if (parsed instanceof ObjectNode o && o.path("error").isObject()) {
      return o;
    }
    return OpenAiErrors.fromText(status, body);
  }
}
