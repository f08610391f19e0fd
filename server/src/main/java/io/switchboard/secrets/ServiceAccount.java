package io.switchboard.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * A stored Google service-account key (the JSON file Google issues): {@code client_email},
 * {@code private_key} (PKCS#8 PEM), optional {@code private_key_id} and {@code token_uri}.
 */
record ServiceAccount(String clientEmail, String privateKeyId, PrivateKey privateKey, String privateKeyPem,
    String tokenUri) {
  static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";

  static ServiceAccount parse(String secret) {
    JsonNode json = SecretJson.object(secret, "a Google service-account key (JSON)");
    String email = SecretJson.required(json, "client_email");
    String pem = SecretJson.required(json, "private_key");
    String tokenUri = json.path("token_uri").asText(GOOGLE_TOKEN_URI);
    if (!tokenUri.startsWith("https://") && !tokenUri.startsWith("http://")) {
      throw new IllegalArgumentException("token_uri must be an http(s) URL");
    }
    String keyId = json.path("private_key_id").isTextual() ? json.path("private_key_id").asText() : null;
    return new ServiceAccount(email, keyId, rsaKey(pem), pem, tokenUri);
  }

  private static PrivateKey rsaKey(String pem) {
    String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
        .replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("private_key must be an RSA key in PKCS#8 PEM form");
    }
  }

  List<String> secretParts() {
    return List.of(privateKeyPem, privateKeyPem.replace("\n", "\\n"));
  }

  @Override
  public String toString() {
    return "ServiceAccount[" + clientEmail + "]";
  }
}
