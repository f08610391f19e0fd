/**
 * OpenAI chat and embeddings ↔ Google Gemini ({@code generateContent}, {@code streamGenerateContent?alt=sse},
 * {@code batchEmbedContents}) for AI Studio and Vertex AI. docs/translation.md lists what maps where.
 */
package io.switchboard.translate.google;
