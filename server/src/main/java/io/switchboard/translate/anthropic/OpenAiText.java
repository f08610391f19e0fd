package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.json.Json;

/** Text of an OpenAI content field that may only hold text: a string or an array of {@code text} parts. */
final class OpenAiText {
  private OpenAiText() {
  }

  static String of(JsonNode content, String path) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isTextual()) {
      return content.asText();
    }
    if (!content.isArray()) {
      throw ChatFormat.bad(path, "expected a string or an array of text parts, got " + Json.kind(content));
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < content.size(); i++) {
      JsonNode part = content.get(i);
      String type = Nodes.text(part, "type");
      if (!"text".equals(type) && !"refusal".equals(type)) {
        throw ChatFormat.bad(path + "." + i + ".type", "only text parts are allowed here, got '" + type + "'");
      }
      String value = Nodes.text(part, "text".equals(type) ? "text" : "refusal");
      text.append(value == null ? "" : value);
    }
    return text.toString();
  }
}
