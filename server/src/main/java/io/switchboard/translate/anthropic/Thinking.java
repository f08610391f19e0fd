package io.switchboard.translate.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.error.GatewayException;

/**
 * OpenAI {@code reasoning_effort} to Anthropic extended thinking: low → 1024, medium → 4096, high → 16384 budget
 * tokens; minimal / none → no thinking. Anthropic needs {@code max_tokens} above the budget: with no client limit
 * it becomes default + budget; a client limit at or below the budget shrinks the budget to limit − 1 (never below
 * Anthropic's minimum of 1024, which is rejected instead).
 */
final class Thinking {
  static final int MIN_BUDGET = 1024;

  /** A thinking budget; zero means thinking stays off. */
  record Budget(int tokens) {
    int maxTokens(Integer requested) {
      if (requested == null) {
        return AnthropicRequest.DEFAULT_MAX_TOKENS + tokens;
      }
      if (tokens > 0 && requested <= MIN_BUDGET) {
        throw GatewayException.invalid("max_tokens", "must exceed " + MIN_BUDGET + " when reasoning_effort is set");
      }
      return requested;
    }

    void apply(ObjectNode body) {
      if (tokens == 0) {
        return;
      }
      int max = body.get("max_tokens").asInt();
      ObjectNode thinking = body.putObject("thinking");
      thinking.put("type", "enabled");
      thinking.put("budget_tokens", Math.min(tokens, max - 1));
    }
  }

  private Thinking() {
  }

  static Budget fromEffort(JsonNode effort) {
    if (effort == null || effort.isNull()) {
      return new Budget(0);
    }
    return switch (effort.asText()) {
      case "none", "minimal" -> new Budget(0);
      case "low" -> new Budget(1024);
      case "medium" -> new Budget(4096);
      case "high" -> new Budget(16384);
      default -> throw GatewayException.invalid("reasoning_effort", "expected minimal, low, medium or high, got '"
          + effort.asText() + "'");
    };
  }

  /** Anthropic {@code thinking.budget_tokens} back to the nearest OpenAI effort (front door). */
  static String effortFor(int budgetTokens) {
    if (budgetTokens < 4096) {
      return "low";
    }
    return budgetTokens < 16384 ? "medium" : "high";
  }
}
