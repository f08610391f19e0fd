/**
 * Gateway rate limits: the gateway-wide limit ({@code rate_limiting_*}, Cloudflare's) and optional
 * per-key limits ({@code rate_limits}: per gateway token or per {@code cf-aig-metadata} value). One
 * seam, {@link io.switchboard.ratelimit.RateLimiter}, with an in-process implementation (lock-free,
 * per-key state swapped by compare-and-set) and a Redis one (one atomic script per check, so the
 * limit holds exactly across nodes), and {@link io.switchboard.ratelimit.FallbackLimiter} routing to
 * in-process while Redis is unavailable. {@link io.switchboard.ratelimit.RateLimitGate} applies them
 * on the data plane after gateway authentication. See docs/rate-limits.md.
 */
package io.switchboard.ratelimit;
