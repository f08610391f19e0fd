package io.switchboard.proxy;

import io.vertx.core.buffer.Buffer;

/**
 * Rewrites a relayed response body on its way to the client (the {@code /compat} translations). Fed the
 * upstream's chunks as they arrive; returns what to write now (possibly empty). Not thread-safe; one per
 * response.
 */
interface BodyTransform {
  Buffer feed(Buffer chunk);

  /** What is left to write when the upstream body has ended. */
  Buffer finish();

  /** The content type of the rewritten body. */
  String contentType();
}
