package io.switchboard.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.switchboard.log.AttemptObserver;
import io.switchboard.log.LogEntry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts every data-plane attempt, logged or not: requests and latency by gateway, provider and
 * status; time to first byte by provider; tokens and cost by provider and model; cache hits. Meters
 * are looked up once per label set and kept, so the hot path is a map lookup and a few adds. Labels
 * carry only gateway ids, provider slugs, model names and statuses, each bounded by a {@link LabelCap};
 * never request ids, metadata or headers.
 */
final class RequestMetrics implements AttemptObserver {
  static final int MAX_GATEWAYS = 500;
  static final int MAX_PROVIDERS = 100;
  static final int MAX_MODELS = 200;
  /** Bucket bounds of the latency histograms. */
  static final Duration[] BUCKETS = {ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500), ms(1000), ms(2500),
      ms(5000), ms(10_000), ms(30_000), ms(60_000), ms(120_000)};
  private final MeterRegistry registry;
  private final LabelCap gateways = new LabelCap(MAX_GATEWAYS);
  private final LabelCap providers = new LabelCap(MAX_PROVIDERS);
  private final LabelCap models;
  private final Map<StatusKey, PerStatus> byStatus = new ConcurrentHashMap<>();
  private final Map<ModelKey, PerModel> byModel = new ConcurrentHashMap<>();
  private final Map<ModelKey, Counter> cacheHits = new ConcurrentHashMap<>();
  private final Map<String, Timer> firstByte = new ConcurrentHashMap<>();

  RequestMetrics(MeterRegistry registry, int maxModels) {
    this.registry = registry;
    this.models = new LabelCap(maxModels);
  }

  @Override
  public void ended(LogEntry e) {
    String gateway = gateways.of(e.gatewayId());
    String provider = providers.of(e.provider());
    int status = e.statusCode() == null ? 0 : e.statusCode();
    PerStatus s = byStatus.computeIfAbsent(new StatusKey(gateway, provider, status), this::perStatus);
    s.requests.increment();
    s.latency.record(e.durationMs(), TimeUnit.MILLISECONDS);
    if (e.cached()) {
      cacheHits.computeIfAbsent(new ModelKey(gateway, provider), this::cacheHits).increment();
    }
    if (e.tokensIn() != null || e.tokensOut() != null || e.cost() != null) {
      byModel.computeIfAbsent(new ModelKey(provider, models.of(e.model())), this::perModel).add(e);
    }
  }

  @Override
  public void firstByte(String gatewayId, String provider, long millis) {
    firstByte.computeIfAbsent(providers.of(provider), p -> Timer.builder("switchboard.upstream.first.byte")
        .description("Time from an attempt's start to the upstream's response head")
        .tag("provider", p).serviceLevelObjectives(BUCKETS).register(registry))
        .record(millis, TimeUnit.MILLISECONDS);
  }

  private PerStatus perStatus(StatusKey k) {
    String status = k.status == 0 ? "none" : Integer.toString(k.status);
    Counter requests = Counter.builder("switchboard.requests")
        .description("Data-plane attempts (each retry and fallback step counts), by final status")
        .tags("gateway", k.gateway, "provider", k.provider, "status", status).register(registry);
    Timer latency = Timer.builder("switchboard.request.duration")
        .description("From an attempt's start to the end of its response body")
        .tags("gateway", k.gateway, "provider", k.provider, "status_class", statusClass(k.status))
        .serviceLevelObjectives(BUCKETS).register(registry);
    return new PerStatus(requests, latency);
  }

  private Counter cacheHits(ModelKey k) {
    return Counter.builder("switchboard.cache.hits").description("Responses served from the cache")
        .tags("gateway", k.first, "provider", k.second).register(registry);
  }

  private PerModel perModel(ModelKey k) {
    return new PerModel(tokens(k, "input"), tokens(k, "output"), tokens(k, "cache_read"), tokens(k, "cache_write"),
        Counter.builder("switchboard.cost.usd").description("Cost of the responses in USD")
            .tags("provider", k.first, "model", k.second).register(registry));
  }

  private Counter tokens(ModelKey k, String type) {
    return Counter.builder("switchboard.tokens").description("Tokens reported by the provider")
        .tags("provider", k.first, "model", k.second, "type", type).register(registry);
  }

  static String statusClass(int status) {
    return status == 0 ? "none" : (status / 100) + "xx";
  }

  private static Duration ms(long n) {
    return Duration.ofMillis(n);
  }

  private record StatusKey(String gateway, String provider, int status) {
  }

  private record ModelKey(String first, String second) {
  }

  private record PerStatus(Counter requests, Timer latency) {
  }

  private record PerModel(Counter in, Counter out, Counter cacheRead, Counter cacheWrite, Counter cost) {
    void add(LogEntry e) {
      add(in, e.tokensIn());
      add(out, e.tokensOut());
      add(cacheRead, e.cacheReadTokens());
      add(cacheWrite, e.cacheWriteTokens());
      if (e.cost() != null) {
        cost.increment(e.cost().doubleValue());
      }
    }

    private static void add(Counter c, Long n) {
      if (n != null && n > 0) {
        c.increment(n);
      }
    }
  }
}
