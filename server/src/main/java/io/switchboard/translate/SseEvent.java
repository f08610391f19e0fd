package io.switchboard.translate;

/** One server-sent event: its name ({@code null} when the stream gave none) and its data lines joined by "\n". */
public record SseEvent(String event, String data) {}
