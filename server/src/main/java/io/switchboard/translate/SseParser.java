package io.switchboard.translate;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental SSE parser: feed bytes, get complete events (event name + data), handles \n, \r\n, multi-line data,
 * comments, events split anywhere. Lines are decoded as UTF-8 only once complete, so a character split across chunks
 * is safe. Fields other than {@code event} and {@code data} are ignored; an event without data is not dispatched.
 */
public final class SseParser {
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final StringBuilder data = new StringBuilder();
  private boolean hasData;
  private String event;
  private boolean afterCr;

  /** Consumes a chunk; returns the events it completed. */
  public List<SseEvent> feed(Buffer chunk) {
    List<SseEvent> out = new ArrayList<>();
    byte[] bytes = chunk.getBytes();
    for (byte b : bytes) {
      if (afterCr) {
        afterCr = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\r' || b == '\n') {
        afterCr = b == '\r';
        endLine(out);
      } else {
        line.write(b);
      }
    }
    return out;
  }

  /** Ends the stream: a last line without its newline and a last event without its blank line still count. */
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
      return;
    }
    if (text.startsWith(":")) {
      return;
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    if (field.equals("data")) {
      if (hasData) {
        data.append('\n');
      }
      data.append(value);
      hasData = true;
    } else if (field.equals("event")) {
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
