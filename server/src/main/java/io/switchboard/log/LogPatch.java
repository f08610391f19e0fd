package io.switchboard.log;

import java.util.Map;

/**
 * A PATCH of one log (spec §6.4). Each part applies only when {@code has*} is true; a null value
 * then clears it.
 */
public record LogPatch(boolean hasFeedback, Integer feedback, boolean hasScore, Double score, boolean hasMetadata,
    Map<String, Object> metadata) {
}
