/** The one error type ({@link io.switchboard.error.GatewayException}) and the catalogue of error codes. */
package io.switchboard.error;
