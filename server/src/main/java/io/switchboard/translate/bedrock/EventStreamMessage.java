package io.switchboard.translate.bedrock;

import java.util.Map;

/** One decoded {@code application/vnd.amazon.eventstream} message: its headers (values as strings) and payload. */
public record EventStreamMessage(Map<String, String> headers, byte[] payload) {
  public EventStreamMessage {
    headers = Map.copyOf(headers);
  }

  public String header(String name) {
    return headers.getOrDefault(name, "");
  }
}
