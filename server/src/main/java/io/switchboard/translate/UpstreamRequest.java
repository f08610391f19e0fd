package io.switchboard.translate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A provider request produced from an OpenAI chat request. path is relative to the provider base (e.g. "/v1/messages"). */
public record UpstreamRequest(String path, ObjectNode body, Map<String, String> headers, boolean stream) {}
