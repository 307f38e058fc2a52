package dev.entrals.analysis;

import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The edits that migrate retired cmdlets: each name replaced by its Entra equivalent and, in each migrated call, a
 * {@code $true}/{@code $false} written after what is a switch in the replacement ({@code Get-AzureADUser -All $true}
 * becomes {@code Get-EntraUser -All}; {@code -All $false} becomes {@code -All:$false}), since PowerShell would take
 * the value as a positional argument nobody accepts. The switches are found by analysing the migrated text with the
 * replacement's docs; without its docs only the name changes.
 */
public final class MigrationFix {

    /** One replacement in the original text (UTF-16 offsets). */
    public record Edit(int start, int end, String newText) {
    }

    /** What migrating {@code retired} (retired-cmdlet diagnostics with a replacement) changes. */
    public record Result(List<Edit> names, List<Edit> switches) {

        /** Every edit, in text order. */
        public List<Edit> all() {
            List<Edit> out = new ArrayList<>(names);
            out.addAll(switches);
            out.sort(Comparator.comparingInt(Edit::start));
            return out;
        }
    }

    private MigrationFix() {
    }

    /** What migrating the retired-cmdlet diagnostics of {@code found} (those with a replacement) changes. */
    public static Result of(String text, List<ScriptDiagnostic> found, ScriptAnalyzer analyzer) {
        List<Edit> names = new ArrayList<>();
        for (ScriptDiagnostic d : found) {
            if (d.rule() == Rule.RETIRED_CMDLET && !d.suggestions().isEmpty()) {
                names.add(nameEdit(text, d, d.suggestions().get(0)));
            }
        }
        names.sort(Comparator.comparingInt(Edit::start));
        if (names.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        String migrated = apply(text, names);
        ScriptDocument doc = ScriptDocument.parse(migrated);
        int[] starts = migratedStarts(names);
        List<int[]> calls = migratedCalls(doc, starts);
        List<Edit> switches = new ArrayList<>();
        for (ScriptDiagnostic p : analyzer.analyze(doc)) {
            if (p.rule() != Rule.SWITCH_VALUE || p.suggestions().isEmpty() || !inside(calls, p)) {
                continue;
            }
            // "-All $true" -> "-All" (the switch alone means true); "-All $false" -> "-All:$false"
            String rewrite = p.suggestions().get(p.suggestions().size() - 1);
            int from = switchStart(migrated, p.start(), rewrite.split(":", 2)[0]);
            if (from >= 0) {
                switches.add(new Edit(original(from, names, starts), original(p.end(), names, starts), rewrite));
            }
        }
        return new Result(List.copyOf(names), List.copyOf(switches));
    }

    /**
     * Every safe fix of a file: the migration ({@link #of}) and, elsewhere, each {@code switch-value} of {@code found}
     * written as the switch means it ({@code -All $true} becomes {@code -All}); in text order, none overlapping.
     */
    public static List<Edit> fileFixes(String text, List<ScriptDiagnostic> found, ScriptAnalyzer analyzer) {
        List<Edit> out = new ArrayList<>(of(text, found, analyzer).all());
        for (ScriptDiagnostic d : found) {
            if (d.rule() != Rule.SWITCH_VALUE || d.suggestions().isEmpty()) {
                continue;
            }
            String rewrite = d.suggestions().get(d.suggestions().size() - 1);
            int from = switchStart(text, d.start(), rewrite.split(":", 2)[0]);
            if (from >= 0 && out.stream().noneMatch(e -> e.start() < d.end() && from < e.end())) {
                out.add(new Edit(from, d.end(), rewrite));
            }
        }
        out.sort(Comparator.comparingInt(Edit::start));
        return out;
    }

    /** {@code text} with {@code sorted} (in text order, not overlapping) applied. */
    public static String apply(String text, List<Edit> sorted) {
        StringBuilder b = new StringBuilder(text.length() + 16 * sorted.size());
        int at = 0;
        for (Edit e : sorted) {
            b.append(text, at, e.start()).append(e.newText());
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** Where {@code typed} (a {@code -Switch}) ends right before {@code argStart}, spaces apart; -1 if it does not. */
    public static int switchStart(String text, int argStart, String typed) {
        int i = argStart;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        int from = i - typed.length();
        return i < argStart && from >= 0 && text.regionMatches(true, from, typed, 0, typed.length()) ? from : -1;
    }

    /** Replaces a command name, keeping the quotes of a quoted name ({@code & 'Get-AzureADUser'}). */
    static Edit nameEdit(String text, ScriptDiagnostic d, String replacement) {
        int start = d.start();
        int end = d.end();
        if (end - start >= 2 && isQuote(text.charAt(start)) && isQuote(text.charAt(end - 1))) {
            start++;
            end--;
        }
        return new Edit(start, end, replacement);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
    }

    /** The ranges (in the migrated text) of the calls whose name was replaced; {@code starts} in text order. */
    private static List<int[]> migratedCalls(ScriptDocument doc, int[] starts) {
        List<int[]> out = new ArrayList<>();
        for (CommandInvocation c : doc.commands()) {
            int i = Arrays.binarySearch(starts, c.nameStart());
            int at = i >= 0 ? i : -i - 1; // the first replaced name at or after the call's name
            if (at < starts.length && starts[at] < c.nameEnd()) {
                out.add(new int[] {c.start(), c.end()});
            }
        }
        return out;
    }

    /** Whether {@code d} lies in one of {@code calls} (ranges in text order, as the parser lists commands). */
    private static boolean inside(List<int[]> calls, ScriptDiagnostic d) {
        int lo = 0;
        int hi = calls.size() - 1;
        while (lo <= hi) { // the last call starting at or before d
            int mid = (lo + hi) >>> 1;
            if (calls.get(mid)[0] <= d.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = hi; i >= 0; i--) { // an outer call starts before the calls nested in it
            if (d.start() >= calls.get(i)[0] && d.end() <= calls.get(i)[1]) {
                return true;
            }
        }
        return false;
    }

    /** Where each replaced name starts in the migrated text (the edits in text order). */
    private static int[] migratedStarts(List<Edit> names) {
        int[] starts = new int[names.size()];
        int delta = 0;
        for (int i = 0; i < starts.length; i++) {
            Edit e = names.get(i);
            starts[i] = e.start() + delta;
            delta += e.newText().length() - (e.end() - e.start());
        }
        return starts;
    }

    /** An offset of the migrated text, outside the replaced names, in the original text. */
    private static int original(int migrated, List<Edit> names, int[] starts) {
        int i = Arrays.binarySearch(starts, migrated);
        int before = i >= 0 ? i : -i - 2; // the last replaced name starting at or before the offset
        if (before < 0) {
            return migrated;
        }
        Edit e = names.get(before);
        int newEnd = starts[before] + e.newText().length();
        int delta = starts[before] - e.start(); // the shift before this name
        return migrated >= newEnd ? migrated - delta - (e.newText().length() - (e.end() - e.start())) : migrated - delta;
    }
}
