package io.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.account.Account;
import io.switchboard.auth.ApiToken;
import io.switchboard.auth.Permission;
import io.switchboard.auth.TokenSecret;
import io.switchboard.gateway.Gateway;
import io.switchboard.gateway.GatewaySettings;
import io.switchboard.gateway.GatewayStore;
import io.switchboard.paging.PageRequest;
import io.switchboard.testkit.Backend;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every store implementation must do; run once per {@link Backend}. Each test uses its own account. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {
  private static final Instant T0 = Instant.parse("2030-01-02T03:04:05.678Z");
  private Backend.Place place;
  private Database db;
  private Stores stores;
  private String account;

  abstract Backend backend();

  @BeforeAll
  void open() {
    place = backend().newPlace();
    db = Database.open(place.settings());
    stores = new Stores(db);
  }

  @AfterAll
  void close() {
    db.close();
    place.close();
  }

  @BeforeEach
  void newAccount() {
    account = TokenSecret.randomHexId();
    stores.accounts().insert(new Account(account, T0));
  }

  @Test
  void accountIsFoundAfterInsert() {
    Account found = stores.accounts().find().orElseThrow();
    assertThat(found.id()).matches("[0-9a-f]{32}");
    assertThat(found.createdAt()).isEqualTo(T0);
  }

  @Test
  void gatewayInsertFindAndDuplicate() {
    GatewayStore gateways = stores.gateways();
    Gateway g = gateway("alpha");
    assertThat(gateways.insert(g)).isTrue();
    assertThat(gateways.insert(gateway("alpha"))).as("duplicate id").isFalse();
    Gateway found = gateways.find(account, "alpha").orElseThrow();
    assertThat(found).isEqualTo(g);
    assertThat(found.settings().toJson()).isEqualTo(g.settings().toJson());
    assertThat(gateways.find(account, "missing")).isEmpty();
    assertThat(gateways.find(TokenSecret.randomHexId(), "alpha")).as("other account").isEmpty();
  }

  @Test
  void gatewayListSearchesAndPages() {
    for (String id : List.of("b-one", "a-one", "c-two", "d_two", "e-three")) {
      stores.gateways().insert(gateway(id));
    }
    var first = stores.gateways().list(account, null, new PageRequest(1, 2));
    assertThat(first.items()).extracting(Gateway::id).containsExactly("a-one", "b-one");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalPages()).isEqualTo(3);
    var last = stores.gateways().list(account, null, new PageRequest(3, 2));
    assertThat(last.items()).extracting(Gateway::id).containsExactly("e-three");
    var past = stores.gateways().list(account, null, new PageRequest(4, 2));
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(5);
    var search = stores.gateways().list(account, "TWO", new PageRequest(1, 20));
    assertThat(search.items()).extracting(Gateway::id).containsExactly("c-two", "d_two");
    var literal = stores.gateways().list(account, "_", new PageRequest(1, 20));
    assertThat(literal.items()).as("'_' is not a wildcard").extracting(Gateway::id).containsExactly("d_two");
    assertThat(stores.gateways().list(account, "%", new PageRequest(1, 20)).items()).isEmpty();
  }

  @Test
  void gatewayUpdateDeleteAndAll() {
    Gateway g = gateway("upd");
    stores.gateways().insert(g);
    stores.gateways().insert(gateway("other"));
    GatewaySettings changed = GatewaySettings.fromStored("{\"authentication\":true,\"cache_ttl\":60}");
    Gateway updated = g.withSettings(changed, T0.plusSeconds(5));
    assertThat(stores.gateways().update(updated)).isTrue();
    Gateway found = stores.gateways().find(account, "upd").orElseThrow();
    assertThat(found.settings().authentication()).isTrue();
    assertThat(found.modifiedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(stores.gateways().all(account)).extracting(Gateway::id).containsExactlyInAnyOrder("upd", "other");
    assertThat(stores.gateways().delete(account, "upd")).isTrue();
    assertThat(stores.gateways().delete(account, "upd")).isFalse();
    assertThat(stores.gateways().update(updated)).as("update of a deleted gateway").isFalse();
    assertThat(stores.gateways().all(account)).extracting(Gateway::id).containsExactly("other");
  }

  @Test
  void tokenInsertAndFind() {
    ApiToken t = token("one", EnumSet.of(Permission.AI_GATEWAY_READ, Permission.AI_GATEWAY_RUN), T0);
    stores.tokens().insert(t);
    assertThat(stores.tokens().findByHash(t.hash())).contains(t);
    assertThat(stores.tokens().find(account, t.id())).contains(t);
    assertThat(stores.tokens().find(TokenSecret.randomHexId(), t.id())).isEmpty();
    assertThat(stores.tokens().findByHash(TokenSecret.hash("nope"))).isEmpty();
  }

  @Test
  void tokenListPagesInCreationOrder() {
    for (int i = 0; i < 5; i++) {
      stores.tokens().insert(token("t" + i, Set.of(Permission.AI_GATEWAY_RUN), T0.plusSeconds(i)));
    }
    var page = stores.tokens().list(account, new PageRequest(2, 2));
    assertThat(page.items()).extracting(ApiToken::name).containsExactly("t2", "t3");
    assertThat(page.total()).isEqualTo(5);
    assertThat(stores.tokens().list(account, new PageRequest(9, 2)).items()).isEmpty();
  }

  @Test
  void tokenRevokesOnceAndTouches() {
    ApiToken t = token("r", Set.of(Permission.API_TOKENS_EDIT), T0);
    stores.tokens().insert(t);
    assertThat(stores.tokens().revoke(account, t.id(), T0.plusSeconds(1))).isTrue();
    assertThat(stores.tokens().revoke(account, t.id(), T0.plusSeconds(2))).isFalse();
    assertThat(stores.tokens().revoke(account, "no-such-id", T0)).isFalse();
    ApiToken revoked = stores.tokens().find(account, t.id()).orElseThrow();
    assertThat(revoked.revokedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(revoked.isActive(T0.plusSeconds(3))).isFalse();
    stores.tokens().touch(t.id(), T0.plusSeconds(9));
    assertThat(stores.tokens().find(account, t.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(9));
  }

  private Gateway gateway(String id) {
    GatewaySettings settings = GatewaySettings.fromStored("{\"authentication\":false,\"cache_ttl\":0,"
        + "\"otel\":[{\"url\":\"https://collector/v1/traces\"}]}");
    return new Gateway(account, id, UUID.randomUUID().toString(), false, T0, T0, settings);
  }

  private ApiToken token(String name, Set<Permission> permissions, Instant created) {
    String value = TokenSecret.generate();
    return new ApiToken(TokenSecret.randomHexId(), account, name, TokenSecret.hash(value),
        TokenSecret.preview(value), permissions, created, created, T0.plusSeconds(3600), null, null);
  }
}
