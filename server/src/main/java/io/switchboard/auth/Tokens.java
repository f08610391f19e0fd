package io.switchboard.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.GatewayException;
import io.switchboard.paging.Page;
import io.switchboard.paging.PageRequest;
import io.switchboard.store.BlockingExecutor;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Issues, verifies and revokes API tokens. Verified tokens are cached in memory for
 * {@code settings-refresh-ms} so that the data plane checks a token without touching the store; a
 * revocation on this node takes effect at once, on other nodes within the refresh interval.
 */
public final class Tokens {
  private final TokenStore store;
  private final BlockingExecutor blocking;
  private final Clock clock;
  private final Cache<String, Optional<ApiToken>> byHash;

  /** A token just created, with the only copy of its value. */
  public record Created(ApiToken token, String value) {
  }

  public Tokens(TokenStore store, BlockingExecutor blocking, Clock clock, Duration refresh) {
    this.store = store;
    this.blocking = blocking;
    this.clock = clock;
    this.byHash = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(refresh).build();
  }

  /** Creates a token (blocking). {@code value} null means a random one. */
  public Created createNow(String accountId, String name, Set<Permission> permissions, Instant expiresAt,
      String value) {
    String secret = value == null ? TokenSecret.generate() : value;
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    ApiToken token = new ApiToken(TokenSecret.randomHexId(), accountId, name, TokenSecret.hash(secret),
        TokenSecret.preview(secret), permissions, now, now, expiresAt, null, null);
    store.insert(token);
    return new Created(token, secret);
  }

  public Future<Created> create(String accountId, String name, Set<Permission> permissions, Instant expiresAt) {
    return blocking.run(() -> createNow(accountId, name, permissions, expiresAt, null));
  }

  public Future<Page<ApiToken>> list(String accountId, PageRequest page) {
    return blocking.run(() -> store.list(accountId, page));
  }

  public Future<ApiToken> get(String accountId, String id) {
    return blocking.run(() -> store.find(accountId, id).orElseThrow(() -> notFound(id)));
  }

  /** Revokes a token and returns it as it now stands. */
  public Future<ApiToken> revoke(String accountId, String id) {
    return blocking.run(() -> {
      ApiToken token = store.find(accountId, id).orElseThrow(() -> notFound(id));
      store.revoke(accountId, id, clock.instant());
      byHash.invalidate(token.hash());
      return store.find(accountId, id).orElseThrow(() -> notFound(id));
    });
  }

  /**
   * Resolves a presented bearer value to an active token holding {@code wanted} (null: any); fails with
   * {@code onMissing} when absent, unknown, revoked, expired or lacking the permission.
   */
  public Future<ApiToken> authenticate(String presented, Permission wanted, ErrorCode onMissing) {
    if (presented == null || presented.isEmpty()) {
      return Future.failedFuture(GatewayException.of(onMissing));
    }
    String hash = TokenSecret.hash(presented);
    Optional<ApiToken> cached = byHash.getIfPresent(hash);
    if (cached != null) {
      return check(cached, presented, wanted, onMissing);
    }
    return blocking.run(() -> {
      Optional<ApiToken> found = store.findByHash(hash);
      found.ifPresent(t -> store.touch(t.id(), clock.instant()));
      byHash.put(hash, found);
      return found;
    }).compose(found -> check(found, presented, wanted, onMissing));
  }

  private Future<ApiToken> check(Optional<ApiToken> token, String presented, Permission wanted, ErrorCode onMissing) {
    if (token.isEmpty() || !TokenSecret.matches(presented, token.get().hash())
        || !token.get().isActive(clock.instant())) {
      return Future.failedFuture(GatewayException.of(onMissing));
    }
    if (wanted != null && !token.get().allows(wanted)) {
      ErrorCode code = onMissing == ErrorCode.AUTHENTICATION ? ErrorCode.FORBIDDEN : onMissing;
      return Future.failedFuture(GatewayException.of(code,
          code == ErrorCode.FORBIDDEN ? "This token lacks the '" + wanted.label() + "' permission" : null));
    }
    return Future.succeededFuture(token.get());
  }

  private static GatewayException notFound(String id) {
    return GatewayException.of(ErrorCode.NOT_FOUND, "No API token with id '" + id + "'");
  }

  /** Extracts the value of an {@code Authorization}-style header: {@code Bearer <token>}. */
  public static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.trim();
    if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return h.substring(7).trim();
    }
    return null;
  }
}
