package io.switchboard.usage;

import com.fasterxml.jackson.databind.JsonNode;

/** One provider family's response shape: which streamed payloads may carry usage, and how to read one. */
interface UsageFormat {
  /** Keys whose non-null presence makes a streamed payload worth parsing. */
  Hint hint();

  /** Reads a response body, or one streamed event, into the tally. Must tolerate any JSON. */
  void read(JsonNode node, Tally tally);
}
