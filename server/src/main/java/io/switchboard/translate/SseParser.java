package io.switchboard.translate;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental SSE parser: feed bytes, get complete events (event name + data), handles \n, \r\n, multi-line data,
 * comments, events split anywhere.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, also when the {@code \r} and {@code \n} arrive in
 * different chunks. Lines are decoded as UTF-8 only once complete, so a character split across chunks survives.
 * Follows the WHATWG rules: one space after the colon is dropped, {@code data} lines are joined with {@code \n},
 * {@code id}, {@code retry} and unknown fields are ignored, and a blank line with no data dispatches nothing.
 * {@link #finish()} dispatches a last event that lacks its closing blank line. Not thread-safe.
 */
public final class SseParser {
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private String event;
  private boolean lastWasCr;

  /** Consumes a chunk and returns the events it completed, in order. */
  public List<SseEvent> feed(Buffer chunk) {
    List<SseEvent> out = new ArrayList<>();
    byte[] bytes = chunk.getBytes();
    for (byte b : bytes) {
      if (b == '\n' && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = b == '\r';
      if (b == '\n' || b == '\r') {
        endLine(out);
      } else {
        line.write(b);
      }
    }
    return out;
  }

  /** Ends the stream: a trailing line without terminator counts, and a pending event is dispatched. */
  public List<SseEvent> finish() {
    List<SseEvent> out = new ArrayList<>();
    if (line.size() > 0) {
      endLine(out);
    }
    dispatch(out);
    return out;
  }

  private void endLine(List<SseEvent> out) {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.isEmpty()) {
      dispatch(out);
    } else if (!text.startsWith(":")) {
      field(text);
    }
  }

  private void field(String text) {
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    if (name.equals("data")) {
      if (hasData) {
        data.append('\n');
      }
      data.append(value);
      hasData = true;
    } else if (name.equals("event")) {
      event = value;
    }
  }

  private void dispatch(List<SseEvent> out) {
    if (hasData) {
      out.add(new SseEvent(event, data.toString()));
    }
    data.setLength(0);
    hasData = false;
    event = null;
  }
}
