/**
 * Providers: the slug table ({@link io.switchboard.provider.ProviderTable}, one
 * {@link io.switchboard.provider.ProviderSpec} row per provider: upstream base or template,
 * credential headers, path rule), operator upstream overrides, and custom providers (their
 * validation, store interface and the non-blocking in-memory cache the data plane resolves from).
 */
package io.switchboard.provider;
