package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads token usage from one response body as it is relayed: give it every chunk through
 * {@link #accept(Buffer)} (it is the relay's tap) and call {@link #finish()} when the body ends.
 *
 * <p>It never delays or alters a chunk, never throws, and keeps bounded memory: streams (SSE,
 * NDJSON, AWS event-stream) are parsed incrementally keeping only the current line, event or frame,
 * and only the streamed payloads that can carry usage are parsed as JSON; a plain body is kept up to
 * {@link #BODY_CAP} bytes and parsed once at the end. Not thread-safe: one per response, on its event
 * loop.
 */
public final class UsageExtractor implements Consumer<Buffer> {
  /** The most a plain JSON body, a single SSE event or an event-stream frame may take. */
  public static final int BODY_CAP = 4 * 1024 * 1024;

  private final UsageFormat format;
  private final String requestModel;
  private final String path;
  private final Framing framing;
  private final Tally tally = new Tally();
  private boolean seenPayload;
  private boolean failed;
  private Usage result;

  private UsageExtractor(UsageFormat format, String path, String requestModel, String contentType) {
    this.format = format;
    this.path = path;
    this.requestModel = requestModel;
    this.framing = framing(contentType == null ? "" : contentType.toLowerCase(Locale.ROOT));
  }

  /**
   * @param provider provider slug (e.g. {@code openai}, {@code aws-bedrock}, {@code custom-foo})
   * @param path the upstream path after the provider slug, used to pick the API shape and as the last
   *     source of the model
   * @param requestModel the request body's model, if any
   * @param responseContentType the response's content-type header, if any
   */
  public static UsageExtractor create(String provider, String path, String requestModel, String responseContentType) {
    return new UsageExtractor(Formats.choose(provider, path), path, requestModel, responseContentType);
  }

  private Framing framing(String contentType) {
    if (contentType.contains("vnd.amazon.eventstream")) {
      return new EventStreamFraming(this::streamed, BODY_CAP);
    }
    if (contentType.contains("text/event-stream")) {
      return new LineFraming(this::streamed, false, BODY_CAP);
    }
    if (contentType.contains("ndjson") || contentType.contains("stream+json") || contentType.contains("jsonl")) {
      return new LineFraming(this::streamed, true, BODY_CAP);
    }
    return new BodyFraming(this::whole, this::streamed, BODY_CAP);
  }

  /** Sees one chunk of the body. Cheap; never throws. */
  @Override
  public void accept(Buffer chunk) {
    if (failed || result != null || chunk == null) {
      return;
    }
    try {
      framing.accept(chunk);
    } catch (RuntimeException e) {
      failed = true;
    }
  }

  /** The body ended: the usage seen, with the model from the response, else the request, else the path. */
  public Usage finish() {
    if (result == null) {
      if (!failed) {
        try {
          framing.finish();
        } catch (RuntimeException e) {
          failed = true;
        }
      }
      Usage usage = tally.toUsage();
      result = usage.withModel(model(usage.model()));
    }
    return result;
  }

  private String model(String fromResponse) {
    if (fromResponse != null) {
      return fromResponse;
    }
    if (requestModel != null && !requestModel.isBlank()) {
      return requestModel;
    }
    return PathModel.of(path);
  }

  /** A streamed payload: the first is always read (it names the model), later ones only if hinted. */
  private void streamed(byte[] bytes, int offset, int length) {
    if (seenPayload && !format.hint().matches(bytes, offset, length)) {
      return;
    }
    seenPayload = true;
    read(UsageTree.parse(bytes, offset, length));
  }

  private void whole(byte[] bytes, int offset, int length) {
    JsonNode node = UsageTree.parse(bytes, offset, length);
    if (node != null && node.isArray()) {
      node.forEach(this::read);
    } else {
      read(node);
    }
  }

  private void read(JsonNode node) {
    if (node != null && node.isObject()) {
      format.read(node, tally);
    }
  }
}
