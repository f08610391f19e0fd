package io.switchboard.translate;

/** A provider request produced from an OpenAI chat request. path is relative to the provider base (e.g. "/v1/messages"). */
public record UpstreamRequest(String path, com.fasterxml.jackson.databind.node.ObjectNode body, java.util.Map<String,String> headers, boolean stream) {}
