package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

/** The invocations and function definitions found while parsing, shared by the parsers of nested subexpressions. */
final class ParseResults {

    final List<CommandInvocation> commands = new ArrayList<>();
    final List<FunctionDefinition> functions = new ArrayList<>();
    /** Syntax errors; a rescanned range may report one twice (the document keeps one per start and message). */
    final List<SyntaxError> errors = new ArrayList<>();
    private long rescanBudget;

    ParseResults(int textLength) {
        this.rescanBudget = 4L * textLength + 100_000;
    }

    /**
     * Whether an unterminated string that scanned {@code scanned} characters may end at the end of its line and
     * have the rest scanned again. Rescans are budgeted (a few times the text's length in all), so that many
     * unterminated strings cannot make parsing quadratic; past the budget a string runs to the end, as in PowerShell.
     */
    boolean mayRescan(int scanned) {
        rescanBudget -= scanned;
        return rescanBudget >= 0;
    }

    void error(int start, int end, String message) {
        errors.add(new SyntaxError(start, end, message));
    }

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

    /** Records the function {@code p}, ending at {@code end} (nothing for one without a name). */
    void emit(Frame.PendingFunction p, int end) {
        if (p.name == null) {
            return;
        }
        functions.add(new FunctionDefinition(p.name, p.kind, p.start, Math.max(end, p.nameEnd), p.nameStart,
                p.nameEnd, List.copyOf(p.params)));
    }
}
