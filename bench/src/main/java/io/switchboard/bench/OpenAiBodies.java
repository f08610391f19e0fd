package io.switchboard.bench;

import io.vertx.core.buffer.Buffer;

/**
 * Bodies in the shape of OpenAI's chat completions API: the request the load generator sends, the
 * non-streamed response and the events of a streamed one. Each stream event carries {@code x_sent_ns},
 * the mock's {@link System#nanoTime()} when it wrote the event, so the client can measure its delay.
 */
final class OpenAiBodies {
  /** Events per stream: role, 17 content pieces, finish, usage. */
  static final int STREAM_EVENTS = 20;
  static final String DONE = "data: [DONE]\n\n";
  private static final String ID = "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT";
  private static final String MODEL = "gpt-4o-mini-2024-07-18";
  private static final String[] WORDS = ("Hello| there|!| How| can| I| help| you| with| your| load| test| "
      + "today|?| Ask| away|.").split("\\|");

  private OpenAiBodies() {
  }

  static String request(boolean stream) {
    String tail = stream ? ",\"stream\":true,\"stream_options\":{\"include_usage\":true}" : "";
    return "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"developer\",\"content\":\"You are a helpful "
        + "assistant.\"},{\"role\":\"user\",\"content\":\"Hello!\"}],\"max_tokens\":64" + tail + "}";
  }

  static Buffer completion() {
    return Buffer.buffer("{\"id\":\"" + ID + "\",\"object\":\"chat.completion\",\"created\":1741569952,"
        + "\"model\":\"" + MODEL + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
        + "\"content\":\"Hello there! How can I help you with your load test today? Ask away.\","
        + "\"refusal\":null,\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":19,\"completion_tokens\":17,\"total_tokens\":36,"
        + "\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
        + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
        + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},"
        + "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_06737a9306\"}");
  }

  /** Event {@code index} (0-based) of a stream, as one SSE {@code data:} line plus blank line. */
  static Buffer event(int index, long sentNanos) {
    return Buffer.buffer("data: {\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":1741569952,"
        + "\"model\":\"" + MODEL + "\",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_06737a9306\","
        + "\"x_sent_ns\":" + sentNanos + ",\"choices\":" + choices(index) + usage(index) + "}\n\n");
  }

  private static String choices(int index) {
    if (index == STREAM_EVENTS - 1) {
      return "[]";
    }
    String delta;
    String finish = "null";
    if (index == 0) {
      delta = "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}";
    } else if (index == STREAM_EVENTS - 2) {
      delta = "{}";
      finish = "\"stop\"";
    } else {
      delta = "{\"content\":\"" + WORDS[index - 1] + "\"}";
    }
    return "[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":" + finish + "}]";
  }

  private static String usage(int index) {
    if (index != STREAM_EVENTS - 1) {
      return ",\"usage\":null";
    }
    return ",\"usage\":{\"prompt_tokens\":19,\"completion_tokens\":17,\"total_tokens\":36}";
  }
}
