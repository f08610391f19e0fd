/**
 * The optional Redis connection ({@code --redis redis://...}) shared by the response cache and the
 * rate limiters: {@link io.switchboard.redis.RedisLink} sends commands with a short timeout, notices
 * when Redis is down, warns (at most every ten seconds), counts every fallback and retries Redis
 * periodically. It never blocks an event loop.
 */
package io.switchboard.redis;
