package io.switchboard.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Builds {@link Settings} from command-line flags, then the environment, then the config file. */
public final class SettingsLoader {
  static final String UPSTREAM = "upstream";
  private static final String UPSTREAM_ENV = "SWITCHBOARD_UPSTREAM_";

  private SettingsLoader() {
  }

  public static Settings load(List<String> args, Map<String, String> env) {
    Map<Option, String> cli = new EnumMap<>(Option.class);
    Map<String, String> cliUpstreams = new LinkedHashMap<>();
    parseArgs(args, cli, cliUpstreams);

    String configPath = cli.getOrDefault(Option.CONFIG, env.get(Option.CONFIG.envName()));
    boolean explicit = configPath != null && !configPath.isBlank();
    Properties file = readFile(explicit ? configPath : Option.CONFIG.defaultValue(), explicit);

    Map<Option, String> values = new EnumMap<>(Option.class);
    Map<String, String> upstreams = new LinkedHashMap<>();
    for (String name : file.stringPropertyNames()) {
      if (name.startsWith(UPSTREAM + ".")) {
        upstreams.put(name.substring(UPSTREAM.length() + 1), file.getProperty(name).trim());
      } else {
        Option o = Option.byKey(name);
        if (o == null) {
          throw new SettingsException("unknown setting '" + name + "' in config file " + configPath);
        }
        values.put(o, file.getProperty(name).trim());
      }
    }
    for (Option o : Option.values()) {
      String v = env.get(o.envName());
      if (v != null) {
        values.put(o, v);
      }
    }
    env.forEach((k, v) -> {
      if (k.startsWith(UPSTREAM_ENV)) {
        upstreams.put(k.substring(UPSTREAM_ENV.length()).toLowerCase().replace('_', '-'), v);
      }
    });
    values.putAll(cli);
    upstreams.putAll(cliUpstreams);
    return Settings.from(values, upstreams);
  }

  private static void parseArgs(List<String> args, Map<Option, String> out, Map<String, String> upstreams) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new SettingsException("unexpected argument '" + arg + "' (settings are --name value)");
      }
      String name = arg.substring(2);
      int eq = name.indexOf('=');
      String inline = eq >= 0 ? name.substring(eq + 1) : null;
      name = eq >= 0 ? name.substring(0, eq) : name;
      if (!name.equals(UPSTREAM) && Option.byKey(name) == null) {
        throw new SettingsException("unknown option --" + name + " (see --help)");
      }
      String value;
      if (inline != null) {
        value = inline;
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new SettingsException("--" + name + " needs a value");
      }
      if (name.equals(UPSTREAM)) {
        int sep = value.indexOf('=');
        if (sep <= 0) {
          throw new SettingsException("--upstream takes provider=url, got '" + value + "'");
        }
        upstreams.put(value.substring(0, sep), value.substring(sep + 1));
        continue;
      }
      Option o = Option.byKey(name);
      if (o == null) {
        throw new SettingsException("unknown option --" + name + " (see --help)");
      }
      out.put(o, value);
    }
  }

  private static Properties readFile(String path, boolean required) {
    Properties p = new Properties();
    Path file = Path.of(path);
    if (!Files.exists(file)) {
      if (required) {
        throw new SettingsException("config file " + path + " does not exist");
      }
      return p;
    }
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
      return p;
    } catch (IOException e) {
      throw new SettingsException("cannot read config file " + path + ": " + e.getMessage());
    }
  }

  /** The text of {@code --help}: every option with its environment variable and default. */
  public static String help() {
    StringBuilder sb = new StringBuilder("Usage: switchboard [--option value]...\n\n");
    for (Option o : Option.values()) {
      sb.append(String.format("  --%-30s %s%n  %-32s env %s, default '%s'%n", o.key(), o.description(), "",
          o.envName(), o.defaultValue()));
    }
    sb.append(String.format("  --%-30s %s%n", "upstream provider=url",
        "Override a provider's upstream base URL (repeatable; env SWITCHBOARD_UPSTREAM_<PROVIDER>, file upstream.<provider>=url)."));
    return sb.toString();
  }
}
