/**
 * OpenAI chat and embeddings ↔ Workers AI native model endpoints ({@code /run/@cf/...}): text generation (JSON and
 * SSE) and {@code @cf/baai/bge-*} embeddings. docs/translation.md lists what maps where.
 */
package io.switchboard.translate.workersai;
