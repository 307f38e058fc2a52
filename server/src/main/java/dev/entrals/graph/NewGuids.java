package dev.entrals.graph;

import java.util.UUID;

/**
 * New GUIDs the module makes for a body ({@code [Guid]::NewGuid().ToString('D')}, {@link ListEdits#NEW_GUID} in the
 * table): the planner writes each as a token (a JSON string of the word {@code newGuid} between two U+E003
 * characters, which no argument may hold: {@link #holds}); the confirmation and {@code -WhatIf} show it as
 * {@value #SHOWN} ({@link StepValues#shown}), and the engine makes a new random GUID for each just before the request
 * is sent ({@link #made(RequestPlan)}), as the module makes one per run: a value shown beforehand would not be the
 * one sent, since a confirmed run plans again.
 */
public final class NewGuids {

    private static final char MARK = '\uE003';
    /** The token of one new GUID in a planned body. */
    static final String TOKEN = MARK + "newGuid" + MARK;
    /** What the confirmation shows for a new GUID. */
    public static final String SHOWN = "<a new GUID>";

    private NewGuids() {
    }

    /** Whether a text holds a new GUID's token, or a character of one (an argument that does is refused). */
    public static boolean holds(String text) {
        return text != null && text.indexOf(MARK) >= 0;
    }

    /** The text as shown before the run: each token as {@value #SHOWN}. */
    public static String shown(String text) {
        return holds(text) ? text.replace(TOKEN, SHOWN) : text;
    }

    /** The text with each token replaced by a new random GUID (lower case with hyphens, .NET's 'D' form). */
    public static String made(String text) {
        if (!holds(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(TOKEN); at >= 0; at = text.indexOf(TOKEN, from)) {
            out.append(text, from, at).append(UUID.randomUUID());
            from = at + TOKEN.length();
        }
        return out.append(text.substring(from)).toString();
    }

    /** The plan with each request's and step's body made ({@link #made(String)}): just before it is sent. */
    public static RequestPlan made(RequestPlan plan) {
        java.util.function.UnaryOperator<GraphRequest> made = r -> holds(r.body())
                ? r.with(r.relativeUrl(), made(r.body())) : r;
        if (plan.requests().stream().noneMatch(r -> holds(r.body())) && plan.lookups().stream()
                .flatMap(l -> l.tries().stream()).noneMatch(r -> holds(r.body()))) {
            return plan;
        }
        return plan.with(plan.requests().stream().map(made).toList(), plan.lookups().stream()
                .map(l -> l.withTries(l.tries().stream().map(made).toList())).toList());
    }
}
