package io.switchboard.store;

import io.switchboard.account.AccountStore;
import io.switchboard.auth.TokenStore;
import io.switchboard.gateway.GatewayStore;
import io.switchboard.provider.CustomProviderStore;
import io.switchboard.secrets.ProviderConfigStore;

/** Every area's store over one database. */
public final class Stores {
  private final AccountStore accounts;
  private final TokenStore tokens;
  private final GatewayStore gateways;
  private final io.switchboard.log.LogStore logs;
  private final CustomProviderStore customProviders;
  private final ProviderConfigStore providerConfigs;

  public Stores(Database db) {
    Jdbc jdbc = db.jdbc();
    this.accounts = new JdbcAccountStore(jdbc);
    this.tokens = new JdbcTokenStore(jdbc);
    this.gateways = new JdbcGatewayStore(jdbc);
    this.logs = new JdbcLogStore(jdbc, db.dialect());
    this.customProviders = new JdbcCustomProviderStore(jdbc);
    this.providerConfigs = new JdbcProviderConfigStore(jdbc);
  }

  public AccountStore accounts() {
    return accounts;
  }

  public TokenStore tokens() {
    return tokens;
  }

  public io.switchboard.log.LogStore logs() {
    return logs;
  }

  public GatewayStore gateways() {
    return gateways;
  }

  public CustomProviderStore customProviders() {
    return customProviders;
  }

  public ProviderConfigStore providerConfigs() {
    return providerConfigs;
  }
}
