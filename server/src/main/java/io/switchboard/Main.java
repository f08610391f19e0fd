package io.switchboard;

import io.switchboard.config.Settings;
import io.switchboard.config.SettingsException;
import io.switchboard.config.SettingsLoader;
import java.io.PrintStream;
import java.util.List;

/** Command-line entry: loads settings, starts the gateway, prints the banner, stops on SIGTERM. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
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

  static void banner(PrintStream out, Switchboard g) {
    String base = g.baseUrl();
    out.println();
    out.println("  Switchboard is listening on " + base);
    out.println("  account id      " + g.accountId());
    out.println("  data plane      " + base + "/v1/" + g.accountId() + "/{gateway_id}/{provider}/...");
    out.println("  OpenAI-compat   " + base + "/v1/" + g.accountId() + "/{gateway_id}/compat");
    out.println("  management API  " + base + "/client/v4/accounts/" + g.accountId() + "/ai-gateway/gateways");
    out.println("  store           " + (g.settings().isPostgres() ? g.settings().dbUrl() : g.settings().dbUrl()));
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
