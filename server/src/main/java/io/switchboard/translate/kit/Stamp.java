package io.switchboard.translate.kit;

import java.util.UUID;

/** The id and creation time an OpenAI completion carries. Production uses {@link #random()}; tests a fixed one. */
public interface Stamp {
  String id();

  long created();

  /** A fresh {@code chatcmpl-} id and the current time, drawn once. */
  static Stamp random() {
    String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
    long created = System.currentTimeMillis() / 1000;
    return fixed(id, created);
  }

  static Stamp fixed(String id, long created) {
    return new Stamp() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public long created() {
        return created;
      }
    };
  }
}
