package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {
  private static final String OUTPUT = """
      Running 3s test @ http://127.0.0.1:35285/v1/chat/completions
        1 threads and 64 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency    45.42ms   48.40ms   1.01s    86.55%
          Req/Sec     1.91k     1.00k    3.58k    62.07%
        Latency Distribution
           50%  826.95us
           75%   54.15ms
           90%  119.11ms
           99%    1.23s
        5687 requests in 3.01s, 37.52MB read
        Socket errors: connect 0, read 2, write 0, timeout 1
        Non-2xx or 3xx responses: 10
      Requests/sec:   1887.31
      Transfer/sec:     12.45MB
      """;

  @Test
  void parsesSummary() {
    Wrk.Result r = Wrk.parse(OUTPUT);
    assertThat(r.requests()).isEqualTo(5687);
    assertThat(r.seconds()).isEqualTo(3.01);
    assertThat(r.rps()).isEqualTo(1887.31);
    assertThat(r.p50Us()).isEqualTo(826.95);
    assertThat(r.p99Us()).isEqualTo(1_230_000.0);
    assertThat(r.errors()).isEqualTo(13);
  }

  @Test
  void luaEscapesTheBody() {
    assertThat(Wrk.lua("{\"a\":\"it's\"}")).contains("wrk.body = '{\"a\":\"it\\'s\"}'");
  }
}
