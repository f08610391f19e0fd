package io.switchboard.account;

import java.time.Instant;

/** The single account a Switchboard installation serves; its id is 32 hex characters, like Cloudflare's. */
public record Account(String id, Instant createdAt) {
}
