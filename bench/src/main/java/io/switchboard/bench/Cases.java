package io.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The four measured cases, each run against every target in turn. */
final class Cases {
  private final BenchOptions options;
  private final MockOpenAi mock;
  private final Wrk wrk;
  private final StreamClient streams;
  private final Consumer<String> progress;

  Cases(BenchOptions options, MockOpenAi mock, Wrk wrk, StreamClient streams, Consumer<String> progress) {
    this.options = options;
    this.mock = mock;
    this.wrk = wrk;
    this.streams = streams;
    this.progress = progress;
  }

  /**
   * Warms the JITs before anything is measured: the mock's (through the direct target) and the
   * gateway's, so that neither the first target measured nor the first gateway pays for compilation.
   * 2 × warm-up seconds of non-streaming load and warm-up seconds of streams on each; nginx needs none.
   */
  void warmUp(List<Target> targets) {
    if (options.warmup <= 0) {
      return;
    }
    mock.chunkDelayMs(0);
    for (Target t : targets) {
      if (!t.name().equals(Report.NGINX)) {
        progress.accept("warming up " + t.name());
        wrk.run(t.url(), false, options.connections, 2 * options.warmup);
        wrk.run(t.url(), true, options.streamConnections, options.warmup);
      }
    }
  }

  /** Non-streaming requests at {@code --connections}; proxy CPU per request. */
  List<Rows.Load> plain(List<Target> targets) {
    mock.chunkDelayMs(0);
    return load(targets, false, options.connections);
  }

  /** Whole 20-event streams at {@code --stream-connections}, once per event gap; proxy CPU per stream. */
  List<Rows.StreamSet> streamCpu(List<Target> targets) {
    List<Rows.StreamSet> sets = new ArrayList<>();
    for (long delay : options.streamCpuDelaysMs) {
      mock.chunkDelayMs(delay);
      sets.add(new Rows.StreamSet(delay, load(targets, true, options.streamConnections)));
    }
    return sets;
  }

  private List<Rows.Load> load(List<Target> targets, boolean stream, int connections) {
    List<Rows.Load> rows = new ArrayList<>();
    for (Target t : targets) {
      progress.accept((stream ? "streams" : "non-streaming") + " → " + t.name());
      if (options.warmup > 0) {
        wrk.run(t.url(), stream, connections, options.warmup);
      }
      Usage usage = Usage.start(t.proxy());
      Wrk.Result r = wrk.run(t.url(), stream, connections, options.duration);
      usage.stop();
      long rss = t.direct() ? -1 : ProcStat.rssKib(t.proxy().pid());
      rows.add(new Rows.Load(t, r, usage.perUnit(r.requests()), usage.busyPercent(), rss,
          usage.perUnitByRole(r.requests())));
    }
    return rows;
  }

  /** One stream at a time with back-to-back events: time to first byte. */
  List<Rows.Ttfb> ttfb(List<Target> targets) {
    mock.chunkDelayMs(0);
    List<Rows.Ttfb> rows = new ArrayList<>();
    for (Target t : targets) {
      progress.accept("time to first byte → " + t.name());
      if (options.warmup > 0) {
        await(streams.run(t.url(), 1, options.warmup, 0), options.warmup);
      }
      StreamClient.Result r = await(streams.run(t.url(), 1, options.ttfbSeconds, 0), options.ttfbSeconds);
      rows.add(new Rows.Ttfb(t, r.streams, r.errors, r.ttfb.percentileMicros(50), r.ttfb.percentileMicros(99),
          r.firstError));
    }
    return rows;
  }

  /**
   * {@code --many-streams} concurrent streams, events {@code --chunk-delay-ms} apart, starts spread out,
   * after {@code --warmup} seconds of the same load (its connections, timers and back-pressure paths are
   * compiled by then, as in the other cases).
   */
  List<Rows.Many> many(List<Target> targets) {
    mock.chunkDelayMs(options.chunkDelayMs);
    long spread = options.chunkDelayMs * OpenAiBodies.STREAM_EVENTS;
    List<Rows.Many> rows = new ArrayList<>();
    for (Target t : targets) {
      progress.accept(options.manyStreams + " concurrent streams → " + t.name());
      if (options.warmup > 0) {
        await(streams.run(t.url(), options.manyStreams, options.warmup, spread), options.warmup);
      }
      Usage usage = Usage.start(t.proxy());
      StreamClient.Result r;
      long maxRss;
      try (RssSampler rss = new RssSampler(t.proxy())) {
        r = await(streams.run(t.url(), options.manyStreams, options.manySeconds, spread), options.manySeconds);
        maxRss = rss.maxKib();
      }
      usage.stop();
      rows.add(new Rows.Many(t, options.manyStreams, r.streams, r.errors, r.chunkDelay.percentileMicros(50),
          r.chunkDelay.percentileMicros(99), maxRss, usage.perUnit(r.streams), r.firstError));
    }
    return rows;
  }

  private static StreamClient.Result await(io.vertx.core.Future<StreamClient.Result> f, long seconds) {
    return Await.result(f, (seconds + 60) * 1000L);
  }
}
