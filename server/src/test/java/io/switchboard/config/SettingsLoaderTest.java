package io.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir
  Path dir;

  @Test
  void defaultsWhenNothingIsSet() {
    Settings s = SettingsLoader.load(List.of(), Map.of());
    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.port()).isEqualTo(8787);
    assertThat(s.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(s.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("./data").resolve("switchboard.db"));
    assertThat(s.isPostgres()).isFalse();
    assertThat(s.adminMaxBodyBytes()).isEqualTo(1_048_576);
    assertThat(s.settingsRefreshMs()).isEqualTo(5000);
    assertThat(s.logWriteIntervalMs()).isEqualTo(io.switchboard.log.LogWriter.DEFAULT_TAKE_EVERY_MS);
    assertThat(s.upstreams()).isEmpty();
    assertThat(s.baseUrl(8787)).isEqualTo("http://127.0.0.1:8787");
    assertThat(Settings.defaults()).isEqualTo(s);
  }

  @Test
  void commandLineBeatsEnvironmentBeatsFile() throws IOException {
    Path file = dir.resolve("sb.properties");
    Files.writeString(file, "port=1111\nhost=0.0.0.0\ndb-pool-size=3\n");
    Map<String, String> env = Map.of("SWITCHBOARD_CONFIG", file.toString(), "SWITCHBOARD_PORT", "2222",
        "SWITCHBOARD_HOST", "10.0.0.1");
    Settings s = SettingsLoader.load(List.of("--port", "3333"), env);
    assertThat(s.port()).as("cli over env").isEqualTo(3333);
    assertThat(s.host()).as("env over file").isEqualTo("10.0.0.1");
    assertThat(s.dbPoolSize()).as("file over default").isEqualTo(3);
  }

  @Test
  void acceptsNameEqualsValueFlags() {
    Settings s = SettingsLoader.load(List.of("--port=0", "--db-url=jdbc:postgresql://db:5432/x"), Map.of());
    assertThat(s.port()).isZero();
    assertThat(s.isPostgres()).isTrue();
  }

  @Test
  void upstreamOverridesFromEveryPlace() throws IOException {
    Path file = dir.resolve("up.properties");
    Files.writeString(file, "upstream.groq=https://groq.file\nupstream.openai=https://openai.file\n");
    Map<String, String> env = Map.of("SWITCHBOARD_UPSTREAM_GOOGLE_AI_STUDIO", "http://127.0.0.1:9000",
        "SWITCHBOARD_UPSTREAM_OPENAI", "https://openai.env");
    Settings s = SettingsLoader.load(List.of("--config", file.toString(), "--upstream", "openai=http://localhost:1"),
        env);
    assertThat(s.upstreams()).containsEntry("openai", "http://localhost:1")
        .containsEntry("google-ai-studio", "http://127.0.0.1:9000")
        .containsEntry("groq", "https://groq.file")
        .hasSize(3);
  }

  @Test
  void rejectsUnknownOptionsAndArguments() {
    assertThatThrownBy(() -> SettingsLoader.load(List.of("--prot", "1"), Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("unknown option --prot");
    assertThatThrownBy(() -> SettingsLoader.load(List.of("serve"), Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("unexpected argument 'serve'");
    assertThatThrownBy(() -> SettingsLoader.load(List.of("--port"), Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> SettingsLoader.load(List.of("--port", "1", "--bogus"), Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("unknown option --bogus");
  }

  @Test
  void rejectsUnknownSettingInFile() throws IOException {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "colour=blue\n");
    assertThatThrownBy(() -> SettingsLoader.load(List.of("--config", file.toString()), Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("unknown setting 'colour'");
  }

  @Test
  void rejectsMissingExplicitConfigFile() {
    assertThatThrownBy(() -> SettingsLoader.load(List.of("--config", dir.resolve("nope").toString()), Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("does not exist");
  }

  @Test
  void rejectsBadValuesNamingTheSetting() {
    assertBad(List.of("--port", "abc"), "port must be a whole number, got 'abc'");
    assertBad(List.of("--port", "70000"), "port must be between 0 and 65535, got 70000");
    assertBad(List.of("--allow-http-custom-providers", "yes"), "allow-http-custom-providers must be true or false");
    assertBad(List.of("--db-url", "jdbc:mysql://x"), "db-url must start with jdbc:sqlite: or jdbc:postgresql:");
    assertBad(List.of("--account-id", "xyz"), "account-id must be 32 hex characters");
    assertBad(List.of("--bootstrap-token", "short"), "bootstrap-token must be at least 32 characters");
    assertBad(List.of("--upstream", "openai"), "--upstream takes provider=url");
    assertBad(List.of("--upstream", "openai=ftp://x"), "upstream openai must be an http(s) URL");
    assertBad(List.of("--settings-refresh-ms", "5"), "settings-refresh-ms must be between 100");
    assertBad(List.of("--log-write-interval-ms", "0"), "log-write-interval-ms must be between 1 and 10000, got 0");
  }

  @Test
  void badEnvironmentValueIsRejectedToo() {
    assertThatThrownBy(() -> SettingsLoader.load(List.of(), Map.of("SWITCHBOARD_DB_POOL_SIZE", "0")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("db-pool-size must be between 1 and 1000");
  }

  @Test
  void accountIdIsLowerCasedAndPublicUrlTrimmed() {
    String upper = "0123456789ABCDEF0123456789ABCDEF";
    Settings s = SettingsLoader.load(List.of("--account-id", upper, "--public-url", "https://ai.example.com/"),
        Map.of());
    assertThat(s.accountId()).isEqualTo(upper.toLowerCase());
    assertThat(s.baseUrl(1)).isEqualTo("https://ai.example.com");
  }

  @Test
  void helpListsEveryOption() {
    String help = SettingsLoader.help();
    for (Option o : Option.values()) {
      assertThat(help).contains("--" + o.key()).contains(o.envName());
    }
    assertThat(help).contains("--upstream");
  }

  private static void assertBad(List<String> args, String message) {
    assertThatThrownBy(() -> SettingsLoader.load(args, Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining(message);
  }
}
