/** OpenAI chat and embeddings ↔ Cohere v2 ({@code /v2/chat}, its SSE stream, {@code /v2/embed}). docs/translation.md lists what maps where. */
package io.switchboard.translate.cohere;
