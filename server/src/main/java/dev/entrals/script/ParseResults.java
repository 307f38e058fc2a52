package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

/** The invocations and function definitions found while parsing, shared by the parsers of nested subexpressions. */
final class ParseResults {

    final List<CommandInvocation> commands = new ArrayList<>();
    final List<FunctionDefinition> functions = new ArrayList<>();

    /** A mark to {@link #reset} to when a scanned range is scanned again. */
    long mark() {
        return ((long) commands.size() << 32) | functions.size();
    }

    void reset(long mark) {
        int c = (int) (mark >>> 32);
        int f = (int) mark;
        commands.subList(c, commands.size()).clear();
        functions.subList(f, functions.size()).clear();
    }
}
