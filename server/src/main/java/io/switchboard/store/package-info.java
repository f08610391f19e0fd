/**
 * Persistence: the connection pool and migrations ({@link io.switchboard.store.Database}), the JDBC
 * implementations of every area's store interface, and the worker pool that keeps JDBC off the event
 * loop. The only package with SQL: prepared statements, and on PostgreSQL binary COPY for log rows
 * ({@link io.switchboard.store.LogRowsCopy}); no value is ever part of SQL text.
 */
package io.switchboard.store;
