package io.switchboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.account.Account;
import io.switchboard.json.Json;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.BlockingExecutor;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.switchboard.testkit.Backend;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The periodic refresh must not undo changes made on this node while it was reading the store: a
 * setting change takes effect on the very next request, and stays in effect.
 */
class GatewaysRefreshTest {
  private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
  private Backend.Place place;
  private Database db;
  private Vertx vertx;
  private BlockingExecutor blocking;
  private PausingStore store;
  private Gateways gateways;

  @BeforeEach
  void open() {
    place = Backend.SQLITE.newPlace();
    db = Database.open(place.settings());
    Stores stores = new Stores(db);
    stores.accounts().insert(new Account(ACCOUNT, Instant.now()));
    vertx = Vertx.vertx();
    blocking = new BlockingExecutor(vertx, 4);
    store = new PausingStore(stores.gateways());
    gateways = new Gateways(ACCOUNT, store, blocking, Clock.systemUTC());
  }

  @AfterEach
  void close() throws Exception {
    blocking.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    db.close();
    place.close();
  }

  @Test
  void refreshDoesNotOverwriteANewerChangeWithWhatItReadBefore() throws Exception {
    await(gateways.create(body("g", false)));
    Thread.sleep(5);
    Thread refresh = store.refreshPausedAfterReading(gateways);
    await(gateways.update("g", body("g", true)));
    store.resume();
    refresh.join(10_000);
    assertThat(gateways.cached("g").settings().authentication()).isTrue();
  }

  @Test
  void refreshKeepsAGatewayCreatedWhileItWasReading() throws Exception {
    Thread refresh = store.refreshPausedAfterReading(gateways);
    await(gateways.create(body("fresh", false)));
    store.resume();
    refresh.join(10_000);
    assertThat(gateways.cached("fresh")).isNotNull();
  }

  @Test
  void refreshPicksUpAChangeMadeElsewhere() throws Exception {
    Gateway g = await(gateways.create(body("remote", false)));
    GatewaySettings locked = SettingsParser.parse(body("remote", true), null);
    store.update(g.withSettings(locked, g.modifiedAt().plusMillis(1)));
    assertThat(gateways.cached("remote").settings().authentication()).isFalse();
    gateways.refreshNow();
    assertThat(gateways.cached("remote").settings().authentication()).isTrue();
  }

  @Test
  void refreshForgetsAGatewayDeletedElsewhere() throws Exception {
    await(gateways.create(body("gone", false)));
    Thread.sleep(5);
    store.delete(ACCOUNT, "gone");
    gateways.refreshNow();
    assertThat(gateways.cached("gone")).isNull();
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode body(String id, boolean auth) {
    return (com.fasterxml.jackson.databind.node.ObjectNode) Json.parse("{\"id\":\"" + id + "\",\"authentication\":"
        + auth + ",\"cache_ttl\":0,\"cache_invalidate_on_update\":false,\"collect_logs\":true,"
        + "\"rate_limiting_interval\":0,\"rate_limiting_limit\":0}");
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** A store whose {@code all()} can hold on after reading, as if the refresh thread were descheduled. */
  private static final class PausingStore implements GatewayStore {
    private final GatewayStore real;
    private volatile CountDownLatch read;
    private volatile CountDownLatch proceed;

    PausingStore(GatewayStore real) {
      this.real = real;
    }

    Thread refreshPausedAfterReading(Gateways gateways) throws InterruptedException {
      read = new CountDownLatch(1);
      proceed = new CountDownLatch(1);
      Thread t = new Thread(gateways::refreshNow, "test-refresh");
      t.start();
      assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
      return t;
    }

    void resume() {
      proceed.countDown();
    }

    @Override
    public List<Gateway> all(String accountId) {
      List<Gateway> snapshot = real.all(accountId);
      if (read != null) {
        read.countDown();
        try {
          proceed.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return snapshot;
    }

    @Override
    public boolean insert(Gateway gateway) {
      return real.insert(gateway);
    }

    @Override
    public Optional<Gateway> find(String accountId, String id) {
      return real.find(accountId, id);
    }

    @Override
    public Page<Gateway> list(String accountId, String search, PageRequest page) {
      return real.list(accountId, search, page);
    }

    @Override
    public boolean update(Gateway gateway) {
      return real.update(gateway);
    }

    @Override
    public boolean delete(String accountId, String id) {
      return real.delete(accountId, id);
    }
  }
}
