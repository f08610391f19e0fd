/**
 * Load benchmarks: mock upstream, load driver and the comparison against direct, nginx and (with
 * {@code --floor}) two bare relays, on Netty and on Vert.x.
 */
package io.switchboard.bench;
