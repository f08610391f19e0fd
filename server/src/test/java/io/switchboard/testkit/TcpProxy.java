package io.switchboard.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to a target port that a test can stop (closing its port and every connection, as if
 * the target went down) and start again on the same port.
 */
public final class TcpProxy implements AutoCloseable {
  private final String host;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private int port;

  public TcpProxy(String host, int targetPort) {
    this.host = host;
    this.targetPort = targetPort;
    start();
  }

  public int port() {
    return port;
  }

  public synchronized void start() {
    try {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress("127.0.0.1", port));
      port = s.getLocalPort();
      server = s;
      Thread t = new Thread(() -> accept(s), "tcp-proxy-accept");
      t.setDaemon(true);
      t.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    open.forEach(TcpProxy::quietClose);
    open.clear();
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket target = new Socket(host, targetPort);
        open.add(client);
        open.add(target);
        pipe(client, target);
        pipe(target, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException ignored) {
        // connection gone
      } finally {
        quietClose(from);
        quietClose(to);
      }
    }, "tcp-proxy-pipe");
    t.setDaemon(true);
    t.start();
  }

  private static void quietClose(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    stop();
  }
}
