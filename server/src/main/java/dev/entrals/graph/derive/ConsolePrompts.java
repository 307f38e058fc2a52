package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function left out whose code asks a person at the console for input in a loop ({@code while ($continueAdding) {
 * $x = Read-Host "…"; … }}, {@code do { $a = Read-Host "… (y/n)" } while (…)}, often when an argument is missing):
 * the reason says first that it asks a person at a PowerShell console, which runs here do not have, then what else
 * was found. A function with a prompt
 * only outside loops, or one whose requests are read, is left as it is.
 */
final class ConsolePrompts {

    private static final Pattern READ_HOST = Pattern.compile("(?i)\\bRead-Host\\b");
    private static final Pattern LOOP = Pattern.compile("(?i)\\b(?:while\\s*\\([^\\n]*\\)\\s*\\{|do\\s*\\{)");

    private ConsolePrompts() {
    }

    /** The entry with the console reason first when it is left out and prompts in a loop; else the entry. */
    static RequestEntry mark(RequestEntry e, FunctionCode fn) {
        if (e == null || e.sets().stream().anyMatch(s -> s.method() != null)) {
            return e;
        }
        String p = fn.process();
        Matcher prompt = READ_HOST.matcher(p);
        int count = 0;
        int first = -1;
        boolean inLoop = false;
        while (prompt.find()) {
            count++;
            first = first < 0 ? prompt.start() : first;
            inLoop |= inLoop(p, prompt.start());
        }
        if (!inLoop) {
            return e;
        }
        String before = e.reason() != null ? e.reason() : String.join("; ", e.sets().stream()
                .map(s -> s.set() + ": " + String.join("; ", s.notes())).toList());
        String reason = "asks a person at a PowerShell console for input with Read-Host (" + count
                + (count == 1 ? " prompt" : " prompts") + ", the first at " + fn.source(fn.processOffset() + first)
                + "), in loops it repeats until the answers satisfy it; runs here have no console, so it stays out"
                + " (also: " + before + ")";
        return new RequestEntry(e.command(), e.module(), e.source(), e.via(), List.<SetRequest>of(), reason,
                e.columns());
    }

    /** Whether the offset is inside the braces of a {@code while (…) {} } or {@code do {} while} loop. */
    private static boolean inLoop(String p, int at) {
        Matcher loop = LOOP.matcher(p);
        while (loop.find() && loop.start() < at) {
            int open = loop.end() - 1;
            if (at < PsText.close(p, open)) {
                return true;
            }
        }
        return false;
    }
}
