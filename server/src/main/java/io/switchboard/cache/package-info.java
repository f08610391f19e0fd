/**
 * The exact-match response cache. {@link io.switchboard.cache.CacheStore} is the seam with an
 * in-process implementation ({@link io.switchboard.cache.InProcessCache}, Caffeine bounded by bytes)
 * and a Redis one ({@link io.switchboard.cache.RedisCache}), wrapped by
 * {@link io.switchboard.cache.FallbackCache} so that Redis being down degrades to misses.
 * {@link io.switchboard.cache.CacheKey} is the key recipe, with a raw-bytes index in front of it
 * ({@link io.switchboard.cache.KeyAliases}) so that a repeated request skips the JSON canonicalisation;
 * {@link io.switchboard.cache.CachePolicy}
 * reads the request's cache headers, {@link io.switchboard.cache.ResponseCache} looks up, coalesces
 * identical in-flight requests ({@link io.switchboard.cache.Flights}) and stores what a
 * {@link io.switchboard.cache.Recorder} captured. See docs/cache.md.
 */
package io.switchboard.cache;
