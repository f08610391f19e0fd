package io.switchboard.usage;

/**
 * Token usage of one response, normalised across providers.
 *
 * <p>Convention: {@code inputTokens} counts <em>every</em> prompt token, cached or not, so it
 * includes {@code cacheReadTokens} and {@code cacheWriteTokens}. Providers that report cache tokens
 * inside the prompt count (OpenAI {@code prompt_tokens} with {@code cached_tokens}, DeepSeek, Gemini
 * {@code promptTokenCount} with {@code cachedContentTokenCount}) are taken as they are; providers that
 * report them beside it (Anthropic {@code input_tokens}, Bedrock Converse {@code inputTokens}) have
 * them added. {@link #uncachedInputTokens()} is therefore the part billed at the plain input price.
 *
 * <p>{@code outputTokens} includes reasoning/thinking tokens. A {@code null} count means the
 * response did not say; {@code 0} means it said zero.
 *
 * @param model the model that answered (from the response, else the request, else the path), or null
 */
public record Usage(String model, Long inputTokens, Long outputTokens, Long cacheReadTokens,
    Long cacheWriteTokens) {

  /** Nothing known. */
  public static final Usage NONE = new Usage(null, null, null, null, null);

  /** True when the response reported at least its input or its output count. */
  public boolean hasTokens() {
    return inputTokens != null || outputTokens != null;
  }

  /** Prompt tokens billed at the plain input price: input less cache reads and writes, never below 0. */
  public long uncachedInputTokens() {
    long rest = orZero(inputTokens) - orZero(cacheReadTokens) - orZero(cacheWriteTokens);
    return Math.max(0, rest);
  }

  /** Input plus output, unknown counted as 0. */
  public long totalTokens() {
    return orZero(inputTokens) + orZero(outputTokens);
  }

  public Usage withModel(String newModel) {
    return new Usage(newModel, inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens);
  }

  static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
