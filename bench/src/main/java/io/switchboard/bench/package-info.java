/**
 * Load benchmarks: mock upstream, load driver and the comparison against direct, nginx and (with
 * {@code --floor}) two bare relays, on Netty and on Vert.x; the log benchmark; and the log writer
 * measured alone ({@code WriterCost}) and against the least a SQLite row can cost ({@code WriterFloor},
 * whose scratch tables live only in its own files).
 */
package io.switchboard.bench;
