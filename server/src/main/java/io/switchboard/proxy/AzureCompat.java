package io.switchboard.proxy;

import io.switchboard.translate.UpstreamRequest;
import java.util.Map;

/**
 * Azure OpenAI on {@code /compat}: {@code model: "azure-openai/{resource}/{deployment}"} goes to
 * {@code https://{resource}.openai.azure.com/openai/deployments/{deployment}/chat/completions} (or
 * {@code /embeddings}) with the OpenAI body and {@code api-version} from the request's query, else
 * {@value #DEFAULT_API_VERSION}. The key travels in Azure's {@code api-key} header.
 */
final class AzureCompat {
  static final String SLUG = "azure-openai";
  static final String DEFAULT_API_VERSION = "2024-10-21";

  private AzureCompat() {
  }

  static UpstreamRequest request(CompatRequest r, String operation, String query) {
    String model = r.model();
    int slash = model.indexOf('/');
    if (slash <= 0 || slash == model.length() - 1) {
      throw CompatRequest.bad("azure-openai models are \"azure-openai/{resource}/{deployment}\", got '" + model + "'");
    }
    String version = apiVersion(query);
    return new UpstreamRequest("/" + model + operation + "?api-version=" + version, r.stripped(), Map.of(),
        r.stream());
  }

  private static String apiVersion(String query) {
    if (query != null) {
      for (String part : query.split("&")) {
        if (part.startsWith("api-version=") && part.length() > "api-version=".length()) {
          return part.substring("api-version=".length());
        }
      }
    }
    return DEFAULT_API_VERSION;
  }
}
