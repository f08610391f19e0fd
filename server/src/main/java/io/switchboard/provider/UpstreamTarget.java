package io.switchboard.provider;

/**
 * Where one provider-native request goes: scheme, host and port of the upstream origin, and the
 * request URI (path and query) to send there.
 *
 * @param provider the provider slug (for example {@code openai} or {@code custom-my-llm})
 * @param ssl      whether to use TLS
 * @param host     upstream host name
 * @param port     upstream port
 * @param uri      absolute path plus query string, for example {@code /v1/chat/completions?x=1}
 */
public record UpstreamTarget(String provider, boolean ssl, String host, int port, String uri) {

  /** The value of the Host header to send: host, plus the port when it is not the scheme's default. */
  public String authority() {
    boolean defaultPort = (ssl && port == 443) || (!ssl && port == 80);
    return defaultPort ? host : host + ":" + port;
  }

  public String url() {
    return (ssl ? "https://" : "http://") + authority() + uri;
  }
}
