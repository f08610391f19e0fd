/** Load benchmarks: mock upstream, load driver and the comparison against direct and nginx. */
package io.switchboard.bench;
