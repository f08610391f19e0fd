/**
 * Persistence: the connection pool and migrations ({@link io.switchboard.store.Database}), the JDBC
 * implementations of every area's store interface, and the worker pool that keeps JDBC off the event
 * loop. The only package with SQL; prepared statements only.
 */
package io.switchboard.store;
