/** Switchboard: process entry ({@link io.switchboard.Main}) and the wiring of one running gateway. */
package io.switchboard;
