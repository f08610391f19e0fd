package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;

/**
 * Image references both ways: an OpenAI {@code image_url.url} (https or {@code data:<media>;base64,<data>}) and an
 * Anthropic image {@code source} ({@code {"type":"url","url"}} or {@code {"type":"base64","media_type","data"}}).
 */
final class ImageSources {
  private static final String BASE64 = ";base64,";

  private ImageSources() {
  }

  /** OpenAI image URL to an Anthropic {@code image} block; {@code path} names the field in errors. */
  static ObjectNode toAnthropicBlock(String url, String path) {
    if (url == null || url.isEmpty()) {
      throw ChatFormat.bad(path, "an image URL is required");
    }
    ObjectNode source = Json.object();
    if (url.regionMatches(true, 0, "data:", 0, 5)) {
      int marker = url.indexOf(BASE64);
      if (marker < 0) {
        throw ChatFormat.bad(path, "a data: URL must be base64 encoded (data:<media type>;base64,<data>)");
      }
      source.put("type", "base64");
      source.put("media_type", url.substring(5, marker));
      source.put("data", url.substring(marker + BASE64.length()));
    } else {
      source.put("type", "url");
      source.put("url", url);
    }
    ObjectNode block = Json.object();
    block.put("type", "image");
    block.set("source", source);
    return block;
  }

  /** Anthropic image {@code source} to the URL OpenAI's {@code image_url} carries. */
  static String toOpenAiUrl(JsonNode source, String path) {
    String type = Nodes.text(source, "type");
    if ("base64".equals(type)) {
      return "data:" + Nodes.text(source, "media_type") + BASE64 + Nodes.text(source, "data");
    }
    if ("url".equals(type) && Nodes.text(source, "url") != null) {
      return Nodes.text(source, "url");
    }
    throw ChatFormat.bad(path + ".source.type", "unsupported image source '" + type + "' (use base64 or url)");
  }
}
