package io.switchboard.usage;

/**
 * What the readers have seen so far. Every field keeps the last value reported, since streamed usage
 * is cumulative (a later event repeats or supersedes an earlier one).
 */
final class Tally {
  String model;
  Long input;
  Long output;
  Long cacheRead;
  Long cacheWrite;
  /** The provider reports cache tokens beside {@link #input} rather than inside it (Anthropic style). */
  boolean cacheBesideInput;
  /** Counts used only when no usage block was seen (Bedrock invocation metrics, Llama counts). */
  Long fallbackInput;
  Long fallbackOutput;

  void model(String value) {
    if (value != null && !value.isBlank()) {
      model = value;
    }
  }

  /** The normalised usage; {@code model} as reported by the response, possibly null. */
  Usage toUsage() {
    Long in = input;
    Long out = output;
    if (in == null && out == null) {
      in = fallbackInput;
      out = fallbackOutput;
    }
    if (in != null && cacheBesideInput) {
      in = in + Usage.orZero(cacheRead) + Usage.orZero(cacheWrite);
    }
    return new Usage(model, in, out, cacheRead, cacheWrite);
  }
}
