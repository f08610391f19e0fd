/**
 * Pure translators between the OpenAI chat/embeddings schema and providers' native APIs: the shared contracts
 * ({@link io.switchboard.translate.ChatTranslator}, {@link io.switchboard.translate.StreamTranslator},
 * {@link io.switchboard.translate.EmbeddingsTranslator}), the request they produce
 * ({@link io.switchboard.translate.UpstreamRequest}) and an incremental SSE parser. One sub-package per provider.
 */
package io.switchboard.translate;
