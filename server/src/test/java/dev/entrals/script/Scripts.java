package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: every parse goes through {@link #parse}, which checks the token invariants on its input. */
final class Scripts {

    private Scripts() {
    }

    /** Parses without the safety net and checks that the tokens are contiguous, non-empty and lossless. */
    static ScriptDocument parse(String text) {
        ScriptDocument doc = ScriptDocument.parseOrThrow(text);
        checkTokens(text, doc.tokens());
        return doc;
    }

    static void checkTokens(String text, List<Token> tokens) {
        int at = 0;
        StringBuilder joined = new StringBuilder(text.length());
        for (Token t : tokens) {
            if (t.start() != at || t.end() <= t.start() || t.end() > text.length()) {
                fail("token " + t + " does not continue at " + at + " in a text of length " + text.length());
            }
            for (Token n : t.nested()) {
                if (n.start() < t.start() || n.end() > t.end() || n.end() < n.start()) {
                    fail("nested token " + n + " lies outside " + t);
                }
            }
            joined.append(text, t.start(), t.end());
            at = t.end();
        }
        assertEquals(text.length(), at, "tokens must cover the whole text");
        assertEquals(text, joined.toString(), "lossless");
    }

    /** The significant tokens (no blanks) as {@code "KIND text"}. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : parse(text).tokens()) {
            if (t.kind() != TokenKind.WHITESPACE) {
                out.add(t.kind() + " " + t.text(text));
            }
        }
        return out;
    }

    /** The invocation named {@code name}; fails if there is not exactly one. */
    static CommandInvocation command(ScriptDocument doc, String name) {
        List<CommandInvocation> found = new ArrayList<>();
        for (CommandInvocation c : doc.commands()) {
            if (name.equals(c.name())) {
                found.add(c);
            }
        }
        if (found.size() != 1) {
            fail("expected one invocation of " + name + " but found " + found.size() + " in " + doc.commands());
        }
        return found.get(0);
    }

    /** A compact view of an invocation: {@code name -P=arg -S pos1 @splat}. */
    static String describe(String text, CommandInvocation c) {
        StringBuilder b = new StringBuilder(String.valueOf(c.name()));
        for (CommandParameter p : c.parameters()) {
            b.append(" -").append(p.name());
            if (p.argument() != null) {
                b.append(p.colonForm() ? ":" : "=").append(p.argument().text(text));
            }
        }
        for (CommandArgument a : c.positional()) {
            b.append(" ").append(a.text(text));
        }
        for (Splat s : c.splats()) {
            b.append(" @").append(s.variable() != null ? s.variable() : s.keys().toString());
        }
        return b.toString();
    }

    static List<String> describeAll(String text) {
        List<String> out = new ArrayList<>();
        for (CommandInvocation c : parse(text).commands()) {
            out.add(describe(text, c));
        }
        return out;
    }
}
