package io.switchboard.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A gateway: identity, timestamps and its settings. Ids are stored lower-case. */
public record Gateway(
    String accountId,
    String id,
    String internalId,
    boolean isDefault,
    Instant createdAt,
    Instant modifiedAt,
    GatewaySettings settings) {

  /** The full gateway object of spec §3.3, as the management API returns it. */
  public ObjectNode toJson() {
    ObjectNode out = io.switchboard.json.Json.object();
    out.put("id", id);
    out.put("account_id", accountId);
    out.put("account_tag", accountId);
    out.put("internal_id", internalId);
    out.put("created_at", DateTimeFormatter.ISO_INSTANT.format(createdAt));
    out.put("modified_at", DateTimeFormatter.ISO_INSTANT.format(modifiedAt));
    out.put("is_default", isDefault);
    out.setAll(settings.toJson());
    return out;
  }

  public Gateway withSettings(GatewaySettings newSettings, Instant now) {
    return new Gateway(accountId, id, internalId, isDefault, createdAt, now, newSettings);
  }
}
