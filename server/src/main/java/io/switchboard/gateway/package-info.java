/**
 * Gateways: the gateway object of spec §3.3 (every field, validated), id rules, the store interface,
 * and the in-memory registry the data plane resolves gateways from (with default-gateway creation).
 */
package io.switchboard.gateway;
