/**
 * The data plane: entry under {@code /v1/{account_id}/{gateway_id}/}, gateway resolution and
 * authentication, provider dispatch, forwarding, streaming, retries, timeouts and the universal endpoint.
 */
package io.switchboard.proxy;
