package io.switchboard.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.json.Json;
import io.switchboard.secrets.StoredKey;
import io.switchboard.translate.google.OpenAiToGoogleChatTranslator;

/**
 * Google Vertex AI on {@code /compat}: the project and region come from the gateway's stored
 * service-account key (its {@code project_id}, and {@code region} when the JSON carries one, as
 * Cloudflare's does; else {@value #DEFAULT_REGION}). Models are {@code google-vertex-ai/google/gemini-2.5-pro}
 * or {@code google-vertex-ai/gemini-2.5-pro}.
 */
final class VertexCompat {
  static final String SLUG = "google-vertex-ai";
  static final String DEFAULT_REGION = "us-central1";

  private VertexCompat() {
  }

  static CompatRoute route(StoredKey key) {
    if (key == null || !key.available()) {
      throw GatewayException.of(ErrorCode.INVALID_PROVIDER, "google-vertex-ai on /compat needs the gateway to hold a "
          + "service-account key for google-vertex-ai (provider_configs) and an authenticated gateway");
    }
    JsonNode account;
    try {
      account = Json.parse(key.secret());
    } catch (GatewayException e) {
      throw GatewayException.of(ErrorCode.INVALID_PROVIDER, "the stored google-vertex-ai key is not a service-account JSON");
    }
    String project = account.path("project_id").asText("");
    if (project.isEmpty()) {
      throw GatewayException.of(ErrorCode.INVALID_PROVIDER, "the stored google-vertex-ai key has no project_id");
    }
    String region = account.path("region").asText(DEFAULT_REGION);
    return new CompatRoute(SLUG, null, null, new OpenAiToGoogleChatTranslator(project, region), null, "");
  }

  /** The model as the translator wants it: without a {@code google/} publisher prefix. */
  static String model(CompatRequest r) {
    return r.slug().equals(SLUG) && r.model().startsWith("google/") ? r.model().substring("google/".length())
        : r.model();
  }
}
