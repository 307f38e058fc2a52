package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the elements of one command invocation while the parser walks its tokens, then pairs parameters with
 * arguments. Elements are separated by blanks; adjacent tokens ({@code $x.Id}, {@code (Get-X).Id}) form one element
 * and commas join elements into an array.
 */
final class CommandBuilder {

    /** A part of an element between commas. */
    static final class Part {
        final int start;
        int end;
        Token first;
        int tokens;
        ArgumentKind opened;
        List<String> keys;
        boolean keysComplete = true;

        Part(int start) {
            this.start = start;
        }
    }

    /** A parameter token or an element. */
    static final class Item {
        final Token parameter;
        final List<Part> parts = new ArrayList<>(1);
        boolean array;
        boolean redirectTarget;

        Item(Token parameter) {
            this.parameter = parameter;
        }

        Part last() {
            return parts.get(parts.size() - 1);
        }
    }

    private final String text;
    final InvocationOperator operator;
    final int start;
    String name;
    int nameStart;
    int nameEnd;
    int end;
    private final List<Item> items = new ArrayList<>(4);
    private Item current;
    private boolean afterComma;
    private boolean redirectPending;

    CommandBuilder(String text, InvocationOperator operator, int start) {
        this.text = text;
        this.operator = operator;
        this.start = start;
        this.end = start;
        this.nameStart = start;
        this.nameEnd = start;
    }

    void name(Token t, String value) {
        name = value;
        nameStart = t.start();
        nameEnd = t.end();
        end = t.end();
    }

    boolean afterComma() {
        return afterComma;
    }

    void parameter(Token t) {
        Item p = new Item(t);
        items.add(p);
        current = null;
        afterComma = false;
        end = t.end();
    }

    void redirection(Token t) {
        current = null;
        afterComma = false;
        redirectPending = text.indexOf('&', t.start()) < 0 || text.indexOf('&', t.start()) >= t.end();
        end = t.end();
    }

    void comma(Token t) {
        if (current == null) {
            element(t);
            current.parts.clear();
        }
        current.array = true;
        afterComma = true;
        end = t.end();
    }

    /** Adds a token to the element being written, or starts a new element; opening brackets say what they open. */
    void element(Token t, ArgumentKind opened) {
        element(t);
        Part part = current.last();
        if (part.tokens == 1) {
            part.opened = opened;
        }
    }

    void element(Token t) {
        if (current != null && (afterComma || t.start() == end)) {
            if (afterComma || current.parts.isEmpty()) {
                current.parts.add(new Part(t.start()));
            }
        } else {
            current = new Item(null);
            current.redirectTarget = redirectPending;
            redirectPending = false;
            current.parts.add(new Part(t.start()));
            items.add(current);
        }
        afterComma = false;
        Part part = current.last();
        if (part.tokens++ == 0) {
            part.first = t;
        }
        part.end = t.end();
        end = t.end();
    }

    /** Extends the element being written to {@code closeEnd}, the end of the bracket that closes its nested part. */
    void closed(int closeEnd, List<String> keys, boolean keysComplete) {
        end = closeEnd;
        if (current != null && !current.parts.isEmpty()) {
            Part part = current.last();
            part.end = closeEnd;
            if (keys != null && part.tokens == 1) {
                part.keys = keys;
                part.keysComplete = keysComplete;
            }
        }
    }

    /** The finished invocation. */
    CommandInvocation build() {
        List<CommandParameter> params = new ArrayList<>();
        List<CommandArgument> positional = new ArrayList<>();
        List<Splat> splats = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.parts.isEmpty() && item.parameter == null) {
                continue;
            }
            if (item.parameter != null) {
                Token p = item.parameter;
                boolean colon = text.charAt(p.end() - 1) == ':';
                String pname = text.substring(p.start() + 1, colon ? p.end() - 1 : p.end());
                CommandArgument arg = null;
                if (i + 1 < items.size()) {
                    Item next = items.get(i + 1);
                    if (next.parameter == null && !next.redirectTarget && !next.parts.isEmpty()
                            && (colon || !isSplatVariable(next))) {
                        arg = Arguments.of(text, next);
                        i++;
                    }
                }
                params.add(new CommandParameter(pname, p.start(), p.end(), colon, arg));
            } else if (item.redirectTarget) {
                continue;
            } else if (isSplat(item)) {
                splats.add(splat(item.last()));
            } else {
                positional.add(Arguments.of(text, item));
            }
        }
        return new CommandInvocation(name, nameStart, nameEnd, operator, start, end, List.copyOf(params),
                List.copyOf(positional), List.copyOf(splats));
    }

    private static boolean isSplatVariable(Item item) {
        return isSplat(item) && item.last().first.kind() == TokenKind.SPLAT_VARIABLE;
    }

    private static boolean isSplat(Item item) {
        if (item.array || item.parts.size() != 1) {
            return false;
        }
        Part p = item.last();
        return p.tokens == 1 && (p.first.kind() == TokenKind.SPLAT_VARIABLE || p.opened == ArgumentKind.HASHTABLE);
    }

    private Splat splat(Part p) {
        if (p.first.kind() == TokenKind.SPLAT_VARIABLE) {
            return new Splat(p.start, p.end, text.substring(p.start + 1, p.end), List.of(), true);
        }
        return new Splat(p.start, p.end, null, p.keys == null ? List.of() : List.copyOf(p.keys), p.keysComplete);
    }
}
