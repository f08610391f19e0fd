package io.switchboard;

import io.switchboard.config.Settings;
import io.switchboard.config.SettingsException;
import io.switchboard.config.SettingsLoader;
import io.switchboard.secrets.Rotation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line entry: loads settings, starts the gateway, prints the banner, stops on SIGTERM. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("rotate-master-key")) {
      System.exit(rotateMasterKey(List.of(args).subList(1, args.length)));
      return;
    }
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.print(SettingsLoader.help());
      return;
    }
    Settings settings;
    try {
      settings = SettingsLoader.load(List.of(args), System.getenv());
    } catch (SettingsException e) {
      System.err.println("switchboard: " + e.getMessage());
      System.exit(2);
      return;
    }
    Switchboard gateway;
    try {
      gateway = Switchboard.start(settings);
    } catch (RuntimeException e) {
      System.err.println("switchboard: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(gateway::stop, "switchboard-shutdown"));
    banner(System.out, gateway);
  }

  /** {@code rotate-master-key --new-key-file PATH [settings...]}: see {@link Rotation}; returns the exit code. */
  static int rotateMasterKey(List<String> args) {
    List<String> rest = new ArrayList<>(args);
    int at = rest.indexOf("--new-key-file");
    if (at < 0 || at + 1 >= rest.size()) {
      System.err.println("switchboard: usage: rotate-master-key --new-key-file PATH [--option value]...");
      return 2;
    }
    Path newKeyFile = Path.of(rest.get(at + 1));
    rest.subList(at, at + 2).clear();
    try {
      Rotation.Result r = Rotation.rotate(SettingsLoader.load(rest, System.getenv()), newKeyFile);
      System.out.println("Re-encrypted " + r.resealed() + " provider key(s): master key " + r.oldKeyId() + " -> "
          + r.newKeyId() + ".");
      System.out.println("Start every node with --master-key-file " + newKeyFile
          + " (or SWITCHBOARD_MASTER_KEY set to its content), then remove the old key.");
      return 0;
    } catch (RuntimeException e) {
      System.err.println("switchboard: rotate-master-key failed, nothing changed: " + e.getMessage());
      return 1;
    }
  }

  static void banner(PrintStream out, Switchboard g) {
    String base = g.baseUrl();
    out.println();
    out.println("  Switchboard is listening on " + base);
    out.println("  account id      " + g.accountId());
    out.println("  data plane      " + base + "/v1/" + g.accountId() + "/{gateway_id}/{provider}/...");
    out.println("  OpenAI-compat   " + base + "/v1/" + g.accountId() + "/{gateway_id}/compat");
    out.println("  management API  " + base + "/client/v4/accounts/" + g.accountId() + "/ai-gateway/gateways");
    out.println("  store           " + g.settings().dbUrlForDisplay());
    out.println("  cache           " + g.settings().cacheForDisplay());
    out.println("  transport       " + g.transportForDisplay());
    if (g.newAdminToken() != null) {
      out.println();
      out.println("  Admin API token (shown once, stored only as a hash; keep it safe):");
      out.println("    " + g.newAdminToken());
    } else {
      out.println("  admin token     (created on first start; make more with POST /client/v4/accounts/"
          + g.accountId() + "/tokens)");
    }
    out.println();
    out.flush();
  }
}
