/**
 * The HTTP server: listening, the first split between data plane ({@code /v1/...}) and the routed
 * management API, health endpoints, body limits, graceful shutdown and the one writer of error JSON.
 */
package io.switchboard.http;
