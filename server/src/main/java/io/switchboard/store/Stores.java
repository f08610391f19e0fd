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
  private final CustomProviderStore customProviders;
  private final ProviderConfigStore providerConfigs;

  public Stores(Database db) {
    Jdbc jdbc = db.jdbc();
    this.accounts = new JdbcAccountStore(jdbc);
    this.tokens = new JdbcTokenStore(jdbc);
    this.gateways = new JdbcGatewayStore(jdbc);
    this.customProviders = new JdbcCustomProviderStore(jdbc);
    this.providerConfigs = new JdbcProviderConfigStore(jdbc);
  }

  public AccountStore accounts() {
    return accounts;
  }

  public TokenStore tokens() {
    return tokens;
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
