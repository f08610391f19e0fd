package io.switchboard.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;

/** Runs blocking store calls on a dedicated worker pool so that no JDBC call blocks an event loop. */
public final class BlockingExecutor implements AutoCloseable {
  private final WorkerExecutor workers;

  public BlockingExecutor(Vertx vertx, int poolSize) {
    this.workers = vertx.createSharedWorkerExecutor("switchboard-store", poolSize);
  }

  /** Runs a call off the event loop; calls from one context may run concurrently. */
  public <T> Future<T> run(Callable<T> call) {
    return workers.executeBlocking(call, false);
  }

  @Override
  public void close() {
    workers.close();
  }
}
