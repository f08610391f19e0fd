/** Providers: the slug table, each provider's upstream base URL, auth header and path rules. */
package io.switchboard.provider;
