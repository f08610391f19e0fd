/**
 * Pure translators between the OpenAI Chat Completions schema and each provider's native chat API, and the
 * shared pieces they use: {@link io.switchboard.translate.ChatTranslator}, {@link io.switchboard.translate.StreamTranslator},
 * {@link io.switchboard.translate.UpstreamRequest} and the incremental {@link io.switchboard.translate.SseParser}.
 * Nothing here does I/O; Vert.x {@code Buffer} is used only as a byte container.
 */
package io.switchboard.translate;
