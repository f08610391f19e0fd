package io.switchboard.translate.anthropic;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.FieldError;
import io.switchboard.error.GatewayException;
import java.util.List;
import java.util.Map;

/** Builds the {@code BAD_CHAT_FORMAT} error that names the offending field by its dotted path. */
final class ChatFormat {
  private ChatFormat() {
  }

  /** For example {@code bad("messages.2.content.0.type", "unsupported content part 'input_audio'")}. */
  static GatewayException bad(String path, String message) {
    FieldError field = FieldError.of(path, message);
    return new GatewayException(ErrorCode.BAD_CHAT_FORMAT, field.message(), List.of(field), Map.of());
  }
}
