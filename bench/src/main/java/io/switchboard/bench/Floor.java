package io.switchboard.bench;

/**
 * A bare relay in front of the mock ({@link NettyFloor}, {@link VertxFloor}): what a proxy on the gateway's
 * stack costs with no gateway work. Each also has a {@code main(PORT, MOCK_PORT)} that {@code bench/run
 * --floor} starts in its own JVM.
 */
interface Floor extends AutoCloseable {
  /** The port it listens on. */
  int port();

  /** Stops listening and releases its event loop. */
  @Override
  void close();
}
