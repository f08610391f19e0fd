package io.switchboard.cost;

import io.switchboard.error.GatewayException;
import io.switchboard.usage.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model prices: the shipped {@code pricing.json}, with an operator's file of the same format merged
 * over it (an entry with the same provider and model replaces the shipped one; new ones are added;
 * {@code provider_aliases} merge key by key). A provider alias lets one provider use another's
 * prices when it has none of its own (e.g. {@code azure-openai} → {@code openai}). Immutable and
 * thread-safe.
 */
public final class Pricing {
  static final String SHIPPED = "pricing.json";

  private final Map<String, Map<String, Price>> byProvider;
  private final Map<String, String> providerAliases;
  private final List<Price> prices;
  /** Lookups already made (misses as {@link #NONE}): the data plane prices every response. */
  private final Map<Key, Price> found = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED = 10_000;
  private static final Price NONE = new Price("", "", List.of(), BigDecimal.ZERO, BigDecimal.ZERO, null, null,
      "", "");

  private Pricing(List<PriceFile> files) {
    Map<String, Price> merged = new LinkedHashMap<>();
    Map<String, String> aliases = new HashMap<>();
    for (PriceFile file : files) {
      file.prices.forEach(p -> merged.put(p.provider() + "\u0000" + ModelMatch.normalise(p.model()), p));
      aliases.putAll(file.providerAliases);
    }
    this.prices = List.copyOf(merged.values());
    this.providerAliases = Map.copyOf(aliases);
    this.byProvider = index(prices);
  }

  /** The shipped prices only. */
  public static Pricing load() {
    return load(null);
  }

  /** The shipped prices with the operator's file (if not null) merged over them. */
  public static Pricing load(Path overrideFile) {
    List<PriceFile> files = new ArrayList<>();
    files.add(PriceFile.parse(SHIPPED, shipped()));
    if (overrideFile != null) {
      files.add(PriceFile.parse(overrideFile.toString(), read(overrideFile)));
    }
    return new Pricing(files);
  }

  /** Prices from JSON documents, later ones overriding earlier ones (tests, tools). */
  public static Pricing parse(String... documents) {
    List<PriceFile> files = new ArrayList<>();
    for (int i = 0; i < documents.length; i++) {
      files.add(PriceFile.parse("pricing document " + (i + 1), documents[i]));
    }
    return new Pricing(files);
  }

  /** Every price, shipped and overridden. */
  public List<Price> prices() {
    return prices;
  }

  /** The price of a provider's model by the matching rule of {@link ModelMatch}, or null. */
  public Price find(String provider, String model) {
    if (provider == null || model == null) {
      return null;
    }
    Key key = new Key(provider, model);
    Price cached = found.get(key);
    if (cached != null) {
      return cached == NONE ? null : cached;
    }
    Price price = lookUp(provider, model);
    if (found.size() < MAX_REMEMBERED) {
      found.put(key, price == null ? NONE : price);
    }
    return price;
  }

  private record Key(String provider, String model) {
  }

  private Price lookUp(String provider, String model) {
    String m = ModelMatch.normalise(model);
    if (provider == null || m == null || m.isEmpty()) {
      return null;
    }
    Price found = findIn(byProvider.get(provider), m);
    String alias = providerAliases.get(provider);
    if (found == null && alias != null) {
      found = findIn(byProvider.get(alias), m);
    }
    return found;
  }

  /** Exact cost in USD, or null when the model has no price or the usage has no token counts. */
  public BigDecimal cost(String provider, String model, Usage usage) {
    Price price = find(provider, model);
    return price == null ? null : price.perToken().cost(usage);
  }

  private static Price findIn(Map<String, Price> models, String m) {
    if (models == null) {
      return null;
    }
    Price exact = models.get(m);
    if (exact != null) {
      return exact;
    }
    Price best = null;
    int bestLength = -1;
    for (Map.Entry<String, Price> e : models.entrySet()) {
      if (e.getKey().length() > bestLength && ModelMatch.isVersionOf(m, e.getKey())) {
        best = e.getValue();
        bestLength = e.getKey().length();
      }
    }
    return best;
  }

  private static Map<String, Map<String, Price>> index(List<Price> prices) {
    Map<String, Map<String, Price>> out = new HashMap<>();
    for (Price p : prices) {
      Map<String, Price> models = out.computeIfAbsent(p.provider(), k -> new HashMap<>());
      models.put(ModelMatch.normalise(p.model()), p);
      p.aliases().forEach(a -> models.putIfAbsent(ModelMatch.normalise(a), p));
    }
    out.replaceAll((k, v) -> Map.copyOf(v));
    return Map.copyOf(out);
  }

  private static String shipped() {
    try (InputStream in = Pricing.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw GatewayException.invalid(file.toString(), "Cannot read the pricing file " + file + ": " + e.getMessage());
    }
  }
}
