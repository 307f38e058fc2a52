package dev.entrals.execution;

/** How a run ended. */
public enum RunStatus {
    /** Sent and answered. */
    OK,
    /** {@code -WhatIf}: the request shown, nothing sent. */
    WHAT_IF,
    /** A write not yet confirmed: the request shown, nothing sent. */
    CONFIRMATION_REQUIRED,
    /** Some arguments are not literals and were not supplied, or the call does not bind. */
    NOT_EVALUATED,
    /** No runnable Entra command, or the request table cannot plan the call. */
    UNSUPPORTED,
    /** Graph answered with an error. */
    GRAPH_ERROR,
    /** The exchange failed: timeout, dropped connection, malformed reply. */
    FAULT,
    /** Cancelled by the user. */
    CANCELLED,
    /** No session. */
    NOT_CONNECTED;

    /** The CLI's exit code: 0 success or what-if, 1 Graph or connection problems, 2 usage or refused write. */
    public int exitCode() {
        return switch (this) {
            case OK, WHAT_IF -> 0;
            case GRAPH_ERROR, FAULT, CANCELLED, NOT_CONNECTED -> 1;
            case CONFIRMATION_REQUIRED, NOT_EVALUATED, UNSUPPORTED -> 2;
        };
    }

    /** The status as the LSP result spells it ({@code ok}, {@code whatIf}, {@code confirmationRequired}, ...). */
    public String wireName() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
