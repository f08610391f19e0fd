package io.switchboard.translate.anthropic;

/**
 * Anthropic {@code stop_reason} ⇄ OpenAI {@code finish_reason}. To OpenAI: end_turn, stop_sequence, pause_turn →
 * stop; max_tokens, model_context_window_exceeded → length; tool_use → tool_calls; refusal → content_filter. To
 * Anthropic: stop → end_turn, length → max_tokens, tool_calls / function_call → tool_use, content_filter → refusal.
 */
final class StopReasons {
  private StopReasons() {
  }

  static String toOpenAi(String stopReason) {
    if (stopReason == null) {
      return null;
    }
    return switch (stopReason) {
      case "max_tokens", "model_context_window_exceeded" -> "length";
      case "tool_use" -> "tool_calls";
      case "refusal" -> "content_filter";
      default -> "stop";
    };
  }

  static String toAnthropic(String finishReason) {
    if (finishReason == null) {
      return "end_turn";
    }
    return switch (finishReason) {
      case "length" -> "max_tokens";
      case "tool_calls", "function_call" -> "tool_use";
      case "content_filter" -> "refusal";
      default -> "end_turn";
    };
  }
}
