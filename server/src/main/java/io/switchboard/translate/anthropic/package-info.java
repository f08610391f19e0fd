/**
 * OpenAI Chat Completions ⇄ Anthropic Messages, both directions, streamed and not.
 *
 * <p>Provider direction (an OpenAI client calling an Anthropic model): {@link
 * io.switchboard.translate.anthropic.OpenAiToAnthropicChatTranslator}. Front-door direction (an Anthropic client
 * calling any provider through the OpenAI schema): {@link io.switchboard.translate.anthropic.AnthropicToOpenAiRequest},
 * {@link io.switchboard.translate.anthropic.OpenAiToAnthropicResponse}, {@link
 * io.switchboard.translate.anthropic.OpenAiToAnthropicStream} and {@link
 * io.switchboard.translate.anthropic.OpenAiToAnthropicError}. docs/translation-anthropic.md lists every parameter.
 */
package io.switchboard.translate.anthropic;
