package io.switchboard.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A stored Bedrock secret: {@code {"accessKeyId", "secretAccessKey", "region", "sessionToken"?}}.
 * Parse failures name the missing field, never a value.
 */
record AwsKey(String accessKeyId, String secretAccessKey, String region, String sessionToken) {

  static AwsKey parse(String secret) {
    JsonNode json = SecretJson.object(secret, "an AWS key {accessKeyId, secretAccessKey, region, sessionToken?}");
    String id = SecretJson.required(json, "accessKeyId");
    String key = SecretJson.required(json, "secretAccessKey");
    String region = SecretJson.required(json, "region");
    if (!region.matches("[a-z0-9-]{1,32}")) {
      throw new IllegalArgumentException("region must be an AWS region name such as us-east-1");
    }
    JsonNode token = json.get("sessionToken");
    if (token != null && !token.isNull() && !token.isTextual()) {
      throw new IllegalArgumentException("sessionToken must be a string");
    }
    return new AwsKey(id, key, region, token == null || token.isNull() ? null : token.asText());
  }

  /** The parts to redact wherever text could surface. */
  List<String> secretParts() {
    return sessionToken == null ? List.of(secretAccessKey) : List.of(secretAccessKey, sessionToken);
  }

  @Override
  public String toString() {
    return "AwsKey[" + accessKeyId + ", " + region + "]";
  }
}
