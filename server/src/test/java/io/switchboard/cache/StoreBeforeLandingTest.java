package io.switchboard.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A MISS's entry is stored before its flight lands: a repeat of the request that arrives while the store
 * (Redis's SET) is still answering joins the flight and HITs instead of going upstream a second time.
 */
class StoreBeforeLandingTest {
  /** The in-process store, with each put held until released. */
  private static final class SlowStore implements CacheStore {
    final InProcessCache inner = new InProcessCache(1 << 20, Clock.systemUTC());
    Promise<Void> pending;

    @Override
    public Future<CachedResponse> get(String gatewayId, String key) {
      return inner.get(gatewayId, key);
    }

    @Override
    public Future<Void> put(String gatewayId, String key, CachedResponse value, long ttlSeconds) {
      pending = Promise.promise();
      return pending.future().compose(v -> inner.put(gatewayId, key, value, ttlSeconds));
    }

    @Override
    public Future<Void> invalidate(String gatewayId) {
      return inner.invalidate(gatewayId);
    }
  }

  private final SlowStore store = new SlowStore();
  private final ResponseCache cache = new ResponseCache(store, 1 << 20);
  private final CachePolicy policy = new CachePolicy(300, false, null);
  private final CachePolicy refresh = new CachePolicy(300, true, null);

  @Test
  void aRepeatWhileTheEntryIsBeingStoredIsAHit() {
    answer(cache.lookup("g", policy, "k"), "{\"ok\":true}");
    assertThat(store.pending).as("the store was asked").isNotNull();

    Future<ResponseCache.Outcome> repeat = cache.lookup("g", policy, "k");
    assertThat(repeat.isComplete()).as("the repeat waits for the flight").isFalse();
    store.pending.complete();
    assertThat(hitBody(repeat)).isEqualTo("{\"ok\":true}");
    assertThat(hitBody(cache.lookup("g", policy, "k"))).as("then from the store").isEqualTo("{\"ok\":true}");
  }

  @Test
  void aRepeatWhileARefreshIsBeingStoredGetsTheNewEntryNotTheOldOne() {
    answer(cache.lookup("g", policy, "k"), "{\"n\":1}");
    store.pending.complete();
    answer(cache.lookup("g", refresh, "k"), "{\"n\":2}");

    Future<ResponseCache.Outcome> repeat = cache.lookup("g", policy, "k");
    assertThat(repeat.isComplete()).as("the repeat waits for the refresh").isFalse();
    store.pending.complete();
    assertThat(hitBody(repeat)).isEqualTo("{\"n\":2}");
    assertThat(hitBody(cache.lookup("g", policy, "k"))).isEqualTo("{\"n\":2}");
    assertThat(cache.inFlight()).as("the refresh's flight landed").isZero();
  }

  @Test
  void aRefreshThatStoresNothingLeavesTheOldEntry() {
    answer(cache.lookup("g", policy, "k"), "{\"n\":1}");
    store.pending.complete();
    Recorder refreshing = ((ResponseCache.Miss) cache.lookup("g", refresh, "k").result()).recorder();
    Future<ResponseCache.Outcome> repeat = cache.lookup("g", policy, "k");
    assertThat(repeat.isComplete()).isFalse();
    refreshing.head(500, MultiMap.caseInsensitiveMultiMap());
    refreshing.chunk(Buffer.buffer("{}"));
    refreshing.done(null);
    assertThat(hitBody(repeat)).isEqualTo("{\"n\":1}");
    assertThat(cache.inFlight()).as("the refresh's flight landed").isZero();
  }

  /** The body of a HIT (fails on a MISS). */
  private static String hitBody(Future<ResponseCache.Outcome> outcome) {
    assertThat(outcome.result()).isInstanceOf(ResponseCache.Hit.class);
    return ((ResponseCache.Hit) outcome.result()).response().body().toString();
  }

  /** Feeds a MISS's recorder a complete 200 JSON response. */
  private static void answer(Future<ResponseCache.Outcome> outcome, String body) {
    assertThat(outcome.result()).isInstanceOf(ResponseCache.Miss.class);
    Recorder recorder = ((ResponseCache.Miss) outcome.result()).recorder();
    recorder.head(200, MultiMap.caseInsensitiveMultiMap().add("content-type", "application/json"));
    recorder.chunk(Buffer.buffer(body));
    recorder.done(null);
  }
}
