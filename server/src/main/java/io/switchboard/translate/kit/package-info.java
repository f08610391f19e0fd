/**
 * Building blocks the provider translators share: reading an OpenAI request ({@link
 * io.switchboard.translate.kit.Req}), writing OpenAI completions, chunks, usage, errors and embeddings, and the
 * {@link io.switchboard.translate.kit.Stamp} that names a completion (injectable so golden tests are stable).
 */
package io.switchboard.translate.kit;
