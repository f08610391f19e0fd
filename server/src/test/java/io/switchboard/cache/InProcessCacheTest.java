package io.switchboard.cache;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testkit.MockUpstream;

/** The cache behaviour with the default in-process backend, and its entry size bound. */
class InProcessCacheTest extends CacheBehaviour {
  @BeforeAll
  static void start() {
    startWith("--cache-max-entry-bytes", "1000");
  }

  @Test
  void largerEntriesAreNotStored() {
    String path = freshPath(MockUpstream.json(200, "{\"pad\":\"" + "x".repeat(2000) + "\"}"));
    assertThat(status(post("cached", path, BODY))).isEqualTo("MISS");
    assertThat(status(post("cached", path, BODY))).isEqualTo("MISS");
    assertThat(calls(path)).isEqualTo(2);
  }
}
