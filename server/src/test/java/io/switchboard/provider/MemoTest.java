package io.switchboard.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void eachKeyIsComputedOnceNullsIncluded() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String> memo = new Memo<>(k -> {
      calls.incrementAndGet();
      return k.startsWith("n") ? null : k.toUpperCase();
    });
    assertThat(memo.get("a")).isEqualTo("A");
    assertThat(memo.get("a")).isEqualTo("A");
    assertThat(memo.get("nothing")).isNull();
    assertThat(memo.get("nothing")).isNull();
    assertThat(calls).hasValue(2);
  }

  @Test
  void pastItsBoundItStartsOverAndStaysCorrect() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Integer> memo = new Memo<>(k -> {
      calls.incrementAndGet();
      return k.length();
    });
    for (int i = 0; i < Memo.MAX_ENTRIES * 3; i++) {
      assertThat(memo.get("k" + i)).isEqualTo(("k" + i).length());
    }
    assertThat(calls).hasValue(Memo.MAX_ENTRIES * 3);
    assertThat(memo.get("k0")).isEqualTo(2);
  }
}
