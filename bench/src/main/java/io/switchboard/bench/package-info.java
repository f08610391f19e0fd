/**
 * Load benchmarks: mock upstream, load driver and the comparison against direct, nginx and (with
 * {@code --floor}) a bare Netty relay.
 */
package io.switchboard.bench;
