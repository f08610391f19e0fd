package io.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * nginx as a keep-alive reverse proxy in front of the mock: one process (no master), one worker,
 * pinned like the gateway, config and temp files in its own directory, access log off.
 */
final class Nginx {
  private Nginx() {
  }

  /** Starts nginx on {@code port} proxying to the mock; returns the running child. */
  static Child start(Path dir, int port, int mockPort, int core) {
    try {
      Files.createDirectories(dir.resolve("logs"));
      Path conf = dir.resolve("nginx.conf");
      Files.writeString(conf, config(dir, port, mockPort));
      Child child = Child.start("nginx", core, List.of("nginx", "-p", dir.toString(), "-c", conf.toString(),
          "-e", dir.resolve("logs/error.log").toString()), dir.resolve("nginx.out"));
      Ports.awaitOpen(port, 10_000, child);
      return child;
    } catch (IOException e) {
      throw new IllegalStateException("cannot write nginx config: " + e.getMessage(), e);
    }
  }

  static String config(Path dir, int port, int mockPort) {
    String d = dir.toString();
    return """
        daemon off;
        master_process off;
        worker_processes 1;
        worker_rlimit_nofile 16384;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 8192; multi_accept on; }
        http {
          access_log off;
          client_body_temp_path %1$s/client_body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          keepalive_requests 1000000;
          keepalive_timeout 75s;
          upstream mock {
            server 127.0.0.1:%3$d;
            keepalive 64;
            keepalive_requests 1000000;
          }
          server {
            listen 127.0.0.1:%2$d backlog=4096;
            location / {
              proxy_pass http://mock;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_buffering off;
            }
          }
        }
        """.formatted(d, port, mockPort);
  }
}
