package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class PayloadsTest {
  private static final String JSON = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}";

  @Test
  void roundTripsTextBinaryAndEmptyBodies() {
    byte[] binary = new byte[100_000];
    new Random(7).nextBytes(binary);
    for (byte[] body : new byte[][] {JSON.repeat(50).getBytes(StandardCharsets.UTF_8), binary, new byte[0]}) {
      byte[] stored = Payloads.encode(Buffer.buffer(body));
      byte[] magic = body.length < Payloads.RAW_BELOW_BYTES ? Payloads.RAW_MAGIC : Payloads.LZ4_MAGIC;
      assertThat(Arrays.copyOf(stored, 4)).isEqualTo(magic);
      assertThat(Payloads.decode(stored)).isEqualTo(body);
    }
  }

  @Test
  void bodiesUnderTheThresholdAreStoredAsTheyAreAndLongerOnesCompressed() {
    for (int size : new int[] {1, Payloads.RAW_BELOW_BYTES - 1, Payloads.RAW_BELOW_BYTES}) {
      byte[] body = "a".repeat(size).getBytes(StandardCharsets.UTF_8);
      byte[] stored = Payloads.encode(Buffer.buffer(body));
      if (size < Payloads.RAW_BELOW_BYTES) {
        assertThat(stored).hasSize(Payloads.RAW_MAGIC.length + size);
        assertThat(Arrays.copyOf(stored, 4)).isEqualTo(Payloads.RAW_MAGIC);
      } else {
        assertThat(Arrays.copyOf(stored, 4)).isEqualTo(Payloads.LZ4_MAGIC);
        assertThat(stored.length).isLessThan(size / 10);
      }
      assertThat(Payloads.decode(stored)).as("size %d", size).isEqualTo(body);
    }
  }

  @Test
  void successiveBodiesOfEverySizeRoundTripThroughTheReusedScratchArrays() {
    Random random = new Random(3);
    int[] sizes = {200_000, 10, Payloads.KEPT_SCRATCH_BYTES * 2, 0, 70_000, 1, Payloads.KEPT_SCRATCH_BYTES};
    for (int size : sizes) {
      byte[] body = new byte[size];
      random.nextBytes(body);
      Buffer chunked = Buffer.buffer();
      io.netty.buffer.ByteBuf[] parts = {io.netty.buffer.Unpooled.wrappedBuffer(body, 0, size / 2),
          io.netty.buffer.Unpooled.wrappedBuffer(body, size / 2, size - size / 2)};
      Buffer composite = io.vertx.core.internal.buffer.BufferInternal.buffer(
          io.netty.buffer.Unpooled.wrappedBuffer(2, parts));
      for (Buffer b : new Buffer[] {Buffer.buffer(body), composite, chunked.appendBytes(body)}) {
        assertThat(Payloads.decode(Payloads.encode(b))).as("size %d", size).isEqualTo(body);
      }
    }
  }

  @Test
  void jsonShrinks() {
    byte[] body = JSON.repeat(50).getBytes(StandardCharsets.UTF_8);
    assertThat(Payloads.encode(Buffer.buffer(body)).length).isLessThan(body.length / 4);
  }

  @Test
  void bodiesStoredWithZlibBeforeLz4AreStillRead() {
    byte[] body = JSON.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    deflater.setInput(body);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    while (!deflater.finished()) {
      out.write(chunk, 0, deflater.deflate(chunk));
    }
    deflater.end();
    assertThat(Payloads.decode(out.toByteArray())).isEqualTo(body);
  }

  @Test
  void aCorruptBodyIsReportedNotReturned() {
    byte[] stored = Payloads.encode(Buffer.buffer(JSON.repeat(40)));
    byte[] truncated = Arrays.copyOf(stored, stored.length - 5);
    assertThatThrownBy(() -> Payloads.decode(truncated)).isInstanceOf(UncheckedIOException.class);
    byte[] badLength = stored.clone();
    badLength[4] = 0x7f;
    assertThatThrownBy(() -> Payloads.decode(badLength)).isInstanceOf(UncheckedIOException.class);
  }
}
