package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Captured bodies keep the chunks as they came, never joined, capped; stored bodies round-trip. */
class BodyCaptureTest {

  private static Buffer text(String s) {
    return Buffer.buffer(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsTheChunksInOrderWithoutJoiningThem() {
    BodyCapture capture = new BodyCapture();
    capture.add(text("data: {\"a\":1}\n\n"));
    capture.add(Buffer.buffer());
    capture.add(text("data: [DONE]\n\n"));
    Buffer body = capture.body();
    assertThat(body.toString()).isEqualTo("data: {\"a\":1}\n\ndata: [DONE]\n\n");
    assertThat(body.length()).isEqualTo(29);
    assertThat(((BufferInternal) body).unwrap().nioBufferCount()).isEqualTo(2);
    assertThat(capture.complete()).isTrue();
  }

  @Test
  void manyChunksOfEverySizeJoinInOrder() {
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 50; round++) {
      byte[] whole = new byte[random.nextInt(300_000) + 1];
      random.nextBytes(whole);
      BodyCapture capture = new BodyCapture();
      int at = 0;
      while (at < whole.length) {
        int n = Math.min(whole.length - at, random.nextInt(round % 2 == 0 ? 400 : 70_000) + 1);
        capture.add(Buffer.buffer(java.util.Arrays.copyOfRange(whole, at, at + n)));
        at += n;
      }
      assertThat(capture.body().getBytes()).isEqualTo(whole);
      assertThat(capture.complete()).isTrue();
    }
  }

  @Test
  void nothingCapturedIsAnEmptyCompleteBody() {
    BodyCapture capture = new BodyCapture();
    assertThat(capture.body().length()).isZero();
    assertThat(capture.complete()).isTrue();
  }

  @Test
  void stopsAtTheCapAndSaysSomethingWasLeftOut() {
    BodyCapture capture = new BodyCapture();
    capture.add(text("first"));
    capture.add(Buffer.buffer(new byte[Payloads.MAX_BYTES - 8]));
    capture.add(text("abcdef"));
    capture.add(text("more"));
    assertThat(capture.complete()).isFalse();
    assertThat(capture.keeping()).isFalse();
    Buffer body = capture.body();
    assertThat(body.length()).isEqualTo(Payloads.MAX_BYTES);
    assertThat(body.getString(0, 5)).isEqualTo("first");
    assertThat(body.getString(Payloads.MAX_BYTES - 3, Payloads.MAX_BYTES)).isEqualTo("abc");
  }

  @Test
  void stopKeepsWhatCameBeforeAndNothingAfter() {
    BodyCapture capture = new BodyCapture();
    capture.add(text("kept"));
    capture.stop();
    capture.add(text("dropped"));
    assertThat(capture.complete()).isFalse();
    assertThat(capture.body().toString()).isEqualTo("kept");
  }

  @Test
  void compressedBodiesRoundTripFromHeapDirectAndChunkedBuffers() {
    String sse = "data: {\"choices\":[{\"delta\":{\"content\":\"hello\"}}]}\n\n".repeat(2_000);
    byte[] bytes = sse.getBytes(StandardCharsets.UTF_8);
    Buffer heap = Buffer.buffer(bytes);
    Buffer direct = BufferInternal.buffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes));
    Buffer random = Buffer.buffer(new java.util.Random(7).ints(50_000).collect(StringBuilder::new,
        StringBuilder::append, StringBuilder::append).toString());
    BodyCapture chunked = new BodyCapture();
    for (int at = 0; at < bytes.length; at += 777) {
      chunked.add(Buffer.buffer(java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 777))));
    }
    for (Buffer body : new Buffer[] {heap, direct, random, chunked.body(), Buffer.buffer()}) {
      assertThat(Payloads.decode(Payloads.encode(body))).isEqualTo(body.getBytes());
    }
  }
}
