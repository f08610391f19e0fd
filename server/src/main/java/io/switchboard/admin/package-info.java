/**
 * The management API under {@code /client/v4/accounts/{account_id}/}: one class per resource
 * (gateways, tokens, custom providers), bearer-token authorization per route, and the v4 success envelope.
 */
package io.switchboard.admin;
