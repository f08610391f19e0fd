package io.switchboard.translate.kit;

import java.util.Locale;

/** A {@code data:<mime>;base64,<data>} URL split into its media type and base64 payload. */
public record DataUrl(String mimeType, String base64) {

  public static boolean is(String url) {
    return url != null && url.regionMatches(true, 0, "data:", 0, 5);
  }

  /** Parses a base64 data URL; anything else is a bad chat format naming {@code field}. */
  public static DataUrl parse(String url, String field) {
    int comma = url.indexOf(',');
    String meta = comma < 0 ? "" : url.substring(5, comma);
    if (comma < 0 || !meta.toLowerCase(Locale.ROOT).endsWith(";base64")) {
      throw Req.bad(field, "only base64 data URLs (data:<type>;base64,...) are supported");
    }
    String mime = meta.substring(0, meta.length() - ";base64".length());
    return new DataUrl(mime.isEmpty() ? "application/octet-stream" : mime, url.substring(comma + 1));
  }

  /** Guesses a media type from a URL's file extension; {@code fallback} when it has none we know. */
  public static String guessMimeType(String url, String fallback) {
    String path = url.toLowerCase(Locale.ROOT);
    int cut = path.indexOf('?');
    path = cut < 0 ? path : path.substring(0, cut);
    if (path.endsWith(".png")) {
      return "image/png";
    } else if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
      return "image/jpeg";
    } else if (path.endsWith(".webp")) {
      return "image/webp";
    } else if (path.endsWith(".gif")) {
      return "image/gif";
    } else if (path.endsWith(".heic")) {
      return "image/heic";
    } else if (path.endsWith(".pdf")) {
      return "application/pdf";
    }
    return fallback;
  }
}
