package io.switchboard.translate;

/** One server-sent event: its {@code event:} name ({@code null} when absent) and its data lines joined by {@code \n}. */
public record SseEvent(String event, String data) {}
