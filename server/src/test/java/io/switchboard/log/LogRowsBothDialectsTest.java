package io.switchboard.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.account.Account;
import io.switchboard.store.Database;
import io.switchboard.store.Stores;
import io.switchboard.testkit.Backend;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The same batch written through SQLite's prepared inserts and PostgreSQL's binary COPY reads back the
 * same: every column of every entry (nulls, non-ASCII text, booleans, costs), the bodies byte for byte
 * (stored raw, compressed, and large enough to cross the COPY writer's flush size), and the metadata
 * rows the metadata filter uses. A batch larger than the flush size crosses it in the logs stream too.
 */
class LogRowsBothDialectsTest {
  private static final String ACCOUNT = "acct";
  private static final String GATEWAY = "g";

  @Test
  void sqliteInsertsAndPostgresCopyStoreTheSameEntries() {
    List<LogEntry> batch = batch();
    Map<String, ObjectNode> sqlite = new LinkedHashMap<>();
    Map<String, ObjectNode> postgres = new LinkedHashMap<>();
    for (Backend backend : Backend.values()) {
      try (Backend.Place place = backend.newPlace(); Database db = Database.open(place.settings())) {
        Stores stores = new Stores(db);
        stores.accounts().insert(new Account(ACCOUNT, Instant.now()));
        LogStore store = stores.logs();
        assertThat(store.insert(batch, Map.of())).isEqualTo(batch.size());
        assertThat(store.count(ACCOUNT, GATEWAY)).isEqualTo(batch.size());
        for (LogEntry e : batch) {
          ObjectNode row = store.find(ACCOUNT, GATEWAY, e.id()).orElseThrow();
          (backend == Backend.SQLITE ? sqlite : postgres).put(e.id(), row);
          assertBodies(store, e);
        }
        assertThat(ids(store, "filters.key=metadata.value&filters.operator=eq&filters.value=gold"))
            .containsExactly(batch.get(1).id());
        assertThat(ids(store, "filters.key=model&filters.operator=eq&filters.value=" + batch.get(1).model()))
            .containsExactly(batch.get(1).id());
      }
    }
    String nulId = batch.get(1).id();
    assertThat(postgres.get(nulId).path("error").asText()).isEqualTo("upstream said \uFFFD here");
    sqlite.get(nulId).remove("error");
    postgres.get(nulId).remove("error");
    assertThat(postgres).isEqualTo(sqlite);
  }

  private static void assertBodies(LogStore store, LogEntry e) {
    var request = store.body(ACCOUNT, GATEWAY, e.id(), true);
    var response = store.body(ACCOUNT, GATEWAY, e.id(), false);
    assertThat(request.map(LogStore.StoredBody::bytes).orElse(null))
        .isEqualTo(e.requestBody() == null ? null : e.requestBody().getBytes());
    assertThat(response.map(LogStore.StoredBody::bytes).orElse(null))
        .isEqualTo(e.responseBody() == null ? null : e.responseBody().getBytes());
  }

  private static List<String> ids(LogStore store, String query) {
    MultiMap q = MultiMap.caseInsensitiveMultiMap().add("per_page", "50");
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      q.add(kv[0], kv[1]);
    }
    List<String> out = new ArrayList<>();
    store.list(ACCOUNT, GATEWAY, LogQueryParser.parse(q, false)).items().forEach(o -> out.add(o.path("id").asText()));
    return out;
  }

  /** Three hand-made entries, then enough plain ones that the logs stream passes the writer's flush size. */
  private static List<LogEntry> batch() {
    byte[] binary = new byte[3 * 1024 * 1024];
    new Random(11).nextBytes(binary);
    List<LogEntry> batch = new ArrayList<>();
    batch.add(new LogEntry(id(0), "r0", id(0), ACCOUNT, GATEWAY, 1_700_000_000_000L, null, null, null, null, null,
        1, null, 0, null, false, false, null, null, null, null, null, false, Map.of(), null, null, null, 0, 0,
        null, null, false, null, false, null, null, null));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("tier", "gold");
    metadata.put("n", 3);
    metadata.put("vip", true);
    batch.add(new LogEntry(id(1), "r1", "évènement-1", ACCOUNT, GATEWAY, 1_700_000_000_001L, "workers-ai",
        "@cf/模型/llama-3-ü", "chat", "POST", "/ai/run/@cf/模型", 3, 2, 1234, 503, false, true, 19L, 17L, 5L, 2L,
        new BigDecimal("0.0000000375"), true, metadata, "universal", "application/json; charset=utf-8", "text/plain",
        2048, 40, Buffer.buffer("{\"q\":\"" + "ж".repeat(1000) + "\"}"), Buffer.buffer("short réponse"), false,
        "agent/1.0 (ünïcode)", true, "upstream said \u0000 here", "FLAG", "{\"g\":1}"));
    batch.add(new LogEntry(id(2), "r2", id(2), ACCOUNT, GATEWAY, 1_700_000_000_002L, "elevenlabs", null, null,
        "POST", "/v1/text-to-speech/x", 1, null, 9, 200, true, false, null, null, null, null, BigDecimal.ZERO,
        false, Map.of(), null, "application/json", "audio/mpeg", 10, binary.length, null, Buffer.buffer(binary),
        true, "curl/8", false, null, null, null));
    String ua = "u".repeat(400);
    for (int i = 3; i < 3000; i++) {
      batch.add(new LogEntry(id(i), "r" + i, id(i), ACCOUNT, GATEWAY, 1_700_000_000_000L + i, "openai",
          "gpt-4o-mini", "chat", "POST", "/chat/completions", 1, null, 5, 200, true, false, 10L, 20L, null, null,
          new BigDecimal("0.00001305"), false, Map.of(), "provider", "application/json", "application/json", 2, 2,
          null, null, true, ua, false, null, null, null));
    }
    return batch;
  }

  private static String id(int i) {
    return String.format("01900000-0000-7000-8000-%012d", i);
  }
}
