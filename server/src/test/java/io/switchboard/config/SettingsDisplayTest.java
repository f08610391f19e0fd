package io.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the banner and logs show of the settings never includes a password. */
class SettingsDisplayTest {
  @Test
  void masksAPasswordInTheJdbcUrl() {
    Settings s = Settings.from(Map.of(Option.DB_URL,
        "jdbc:postgresql://db:5432/sb?user=sb&password=s3cret&ssl=true"), Map.of());
    assertThat(s.dbUrlForDisplay()).isEqualTo("jdbc:postgresql://db:5432/sb?user=sb&password=****&ssl=true");
    assertThat(s.toString()).doesNotContain("s3cret").contains("password=****");
    Settings first = Settings.from(Map.of(Option.DB_URL, "jdbc:postgresql://db/sb?PASSWORD=x;y=1"), Map.of());
    assertThat(first.dbUrlForDisplay()).isEqualTo("jdbc:postgresql://db/sb?PASSWORD=****;y=1");
  }

  @Test
  void leavesAUrlWithoutAPasswordAsItIs() {
    Settings s = Settings.from(Map.of(Option.DB_URL, "jdbc:sqlite:/var/lib/sb/switchboard.db"), Map.of());
    assertThat(s.dbUrlForDisplay()).isEqualTo("jdbc:sqlite:/var/lib/sb/switchboard.db");
  }

  @Test
  void describesTheCacheWithoutTheRedisUrl() {
    assertThat(Settings.from(Map.of(Option.CACHE_MAX_BYTES, "10485760"), Map.of()).cacheForDisplay())
        .isEqualTo("in-process, up to 10 MiB");
    Settings redis = Settings.from(Map.of(Option.REDIS, "redis://:hunter2@cache:6379"), Map.of());
    assertThat(redis.cacheForDisplay()).doesNotContain("hunter2").startsWith("Redis");
  }
}
