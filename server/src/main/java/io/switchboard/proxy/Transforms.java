package io.switchboard.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.translate.StreamTranslator;
import io.vertx.core.buffer.Buffer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The body rewrites of the {@code /compat} endpoints. */
final class Transforms {
  private static final String JSON = "application/json";
  private static final String SSE = "text/event-stream";

  private Transforms() {
  }

  /** A whole JSON body converted at its end (a non-streamed response must be read whole to translate). */
  static BodyTransform json(Function<ObjectNode, ObjectNode> convert, BiFunction<Integer, Buffer, ObjectNode> onBad) {
    return new Whole(JSON, body -> {
      JsonNode parsed = io.switchboard.translate.kit.OpenAiErrors.parseOrNull(body);
      return parsed instanceof ObjectNode o ? convert.apply(o) : onBad.apply(502, body);
    });
  }

  /** An error body converted at its end, whatever its format. */
  static BodyTransform error(int status, BiFunction<Integer, Buffer, ObjectNode> convert) {
    return new Whole(JSON, body -> convert.apply(status, body));
  }

  /** A stream translated chunk by chunk. */
  static BodyTransform stream(StreamTranslator translator, String contentType) {
    return new BodyTransform() {
      @Override
      public Buffer feed(Buffer chunk) {
        return translator.feed(chunk);
      }

      @Override
      public Buffer finish() {
        return translator.finish();
      }

      @Override
      public String contentType() {
        return contentType == null ? SSE : contentType;
      }
    };
  }

  /** {@code first}'s output fed to {@code second}. */
  static BodyTransform chain(BodyTransform first, BodyTransform second) {
    return new BodyTransform() {
      @Override
      public Buffer feed(Buffer chunk) {
        return second.feed(first.feed(chunk));
      }

      @Override
      public Buffer finish() {
        Buffer rest = second.feed(first.finish());
        return Buffer.buffer().appendBuffer(rest).appendBuffer(second.finish());
      }

      @Override
      public String contentType() {
        return second.contentType();
      }
    };
  }

  /** Collects the whole body, then writes one converted JSON document. */
  private static final class Whole implements BodyTransform {
    private final String contentType;
    private final Function<Buffer, ObjectNode> convert;
    private final Buffer body = Buffer.buffer();

    Whole(String contentType, Function<Buffer, ObjectNode> convert) {
      this.contentType = contentType;
      this.convert = convert;
    }

    @Override
    public Buffer feed(Buffer chunk) {
      body.appendBuffer(chunk);
      return Buffer.buffer();
    }

    @Override
    public Buffer finish() {
      return Json.buffer(convert.apply(body));
    }

    @Override
    public String contentType() {
      return contentType;
    }
  }
}
