package io.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.Backend;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** JDBC must never run on an event-loop thread: the store refuses instead of blocking it. */
class JdbcEventLoopTest {
  @Test
  void storeCallOnEventLoopFails() throws Exception {
    try (Backend.Place place = Backend.SQLITE.newPlace(); Database db = Database.open(place.settings())) {
      Stores stores = new Stores(db);
      Vertx vertx = Vertx.vertx();
      try {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        vertx.runOnContext(v -> {
          try {
            stores.gateways().all("x");
            outcome.complete(null);
          } catch (Throwable t) {
            outcome.complete(t);
          }
        });
        assertThat(outcome.get(10, TimeUnit.SECONDS))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("event-loop");
        assertThat(stores.gateways().all("x")).as("a plain thread may call the store").isEmpty();
      } finally {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    }
  }
}
