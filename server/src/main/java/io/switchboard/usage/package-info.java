/**
 * Token usage read from provider responses as they stream past: {@link io.switchboard.usage.Usage}
 * (the normalised counts) and {@link io.switchboard.usage.UsageExtractor} (a tap on the relayed body
 * that frames SSE, AWS event-stream, NDJSON or a plain JSON body and reads each provider's usage
 * shape). Pure code: no I/O, bounded memory, never throws into the relay. docs/costs.md describes
 * the normalisation per provider.
 */
package io.switchboard.usage;
