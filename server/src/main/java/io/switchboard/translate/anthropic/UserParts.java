package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/** One OpenAI user content part ({@code text}, {@code image_url}, PDF {@code file}) to an Anthropic content block. */
final class UserParts {
  private static final String PDF_PREFIX = "data:application/pdf;base64,";

  private UserParts() {
  }

  static ObjectNode toBlock(JsonNode part, String path) {
    String type = Nodes.text(part, "type");
    if (type == null) {
      throw ChatFormat.bad(path + ".type", "a content part needs a type");
    }
    return switch (type) {
      case "text" -> text(Nodes.text(part, "text"), path);
      case "image_url" -> ImageSources.toAnthropicBlock(imageUrl(part.get("image_url")), path + ".image_url.url");
      case "file" -> pdf(part.get("file"), path + ".file");
      default -> throw ChatFormat.bad(path + ".type", "unsupported content part '" + type + "' for Anthropic");
    };
  }

  static ObjectNode text(String text, String path) {
    if (text == null) {
      throw ChatFormat.bad(path + ".text", "a text part needs its text");
    }
    ObjectNode block = Json.object();
    block.put("type", "text");
    block.put("text", text);
    return block;
  }

  private static String imageUrl(JsonNode imageUrl) {
    if (imageUrl != null && imageUrl.isTextual()) {
      return imageUrl.asText();
    }
    return Nodes.text(imageUrl, "url");
  }

  private static ObjectNode pdf(JsonNode file, String path) {
    String data = Nodes.text(file, "file_data");
    if (data == null || !data.startsWith(PDF_PREFIX)) {
      throw ChatFormat.bad(path + ".file_data", "only inline PDFs (data:application/pdf;base64,...) are supported");
    }
    ObjectNode source = Json.object();
    source.put("type", "base64");
    source.put("media_type", "application/pdf");
    source.put("data", data.substring(PDF_PREFIX.length()));
    ObjectNode block = Json.object();
    block.put("type", "document");
    block.set("source", source);
    return block;
  }
}
