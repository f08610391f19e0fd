package io.switchboard.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A custom provider (spec §10.3): requests to {@code /custom-{slug}/{path}} go to
 * {@code {baseUrl}/{path}} while {@code enable} is true. Slugs are stored lower-case.
 */
public record CustomProvider(
    String id,
    String accountId,
    String name,
    String slug,
    String baseUrl,
    String description,
    String link,
    boolean enable,
    boolean beta,
    String curlExample,
    String jsExample,
    Instant createdAt,
    Instant modifiedAt) {

  /** The object the management API returns. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("name", name);
    out.put("slug", slug);
    out.put("base_url", baseUrl);
    out.put("description", description);
    out.put("link", link);
    out.put("enable", enable);
    out.put("beta", beta);
    out.put("curl_example", curlExample);
    out.put("js_example", jsExample);
    out.put("logo", Logo.svgBase64(name));
    out.put("created_at", DateTimeFormatter.ISO_INSTANT.format(createdAt));
    out.put("modified_at", DateTimeFormatter.ISO_INSTANT.format(modifiedAt));
    return out;
  }
}
