/**
 * API tokens and permissions: generating, hashing and verifying tokens (constant-time), the
 * in-memory token cache used on the data plane, and permission checks.
 */
package io.switchboard.auth;
