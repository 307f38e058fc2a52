package dev.entrals.analysis;

import dev.entrals.script.Chars;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        List<Edit> switches = new ArrayList<>();
        // only the migrated calls are analysed, apart from the documents' kept findings
        for (ScriptDiagnostic p : analyzer.analyzeWithin(doc, migratedCalls(doc, starts))) {
            if (p.rule() == Rule.SWITCH_VALUE) {
                switchEdit(migrated, p).ifPresent(e -> switches.add(
                        new Edit(original(e.start(), names, starts), original(e.end(), names, starts), e.newText())));
            }
        }
        return new Result(List.copyOf(names), List.copyOf(switches));
    }

    /**
     * Every safe fix of a file: the migration ({@link #of}) and, elsewhere, each {@code switch-value} of {@code found}
     * written as the switch means it ({@code -All $true} becomes {@code -All}), and the safe fixes of
     * {@link FindingFixes}; in text order, none overlapping.
     */
    public static List<Edit> fileFixes(String text, List<ScriptDiagnostic> found, ScriptAnalyzer analyzer) {
        List<Edit> out = new ArrayList<>(of(text, found, analyzer).all());
        for (ScriptDiagnostic d : found) {
            if (d.rule() == Rule.SWITCH_VALUE) {
                switchEdit(text, d).filter(s -> out.stream().noneMatch(e -> e.start() < s.end() && s.start() < e.end()))
                        .ifPresent(out::add);
            }
        }
        out.addAll(FindingFixes.safeEdits(ScriptDocument.parse(text), found, analyzer, out));
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

    /**
     * The edit a safe fix makes for a {@code switch-value} finding {@code d}: its last suggestion ({@code -All} for
     * {@code $true}, {@code -All:$false}) over the switch, the spaces and the value; empty when the switch is not
     * written right before the value on the same line.
     */
    public static Optional<Edit> switchEdit(String text, ScriptDiagnostic d) {
        return d.suggestions().isEmpty() ? Optional.empty()
                : switchEdit(text, d, d.suggestions().get(d.suggestions().size() - 1));
    }

    /** The edit writing {@code rewrite}, one of {@code d}'s suggestions, over the switch and its value (see above). */
    public static Optional<Edit> switchEdit(String text, ScriptDiagnostic d, String rewrite) {
        String name = rewrite.split(":", 2)[0].substring(1); // the switch as typed, without its dash
        int i = d.start();
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        int from = i - name.length() - 1;
        return i < d.start() && from >= 0 && Chars.isDash(text.charAt(from))
                && text.regionMatches(true, from + 1, name, 0, name.length())
                ? Optional.of(new Edit(from, d.end(), rewrite)) : Optional.empty();
    }

    /** Replaces a command name, keeping the quotes of a quoted name ({@code & 'Get-AzureADUser'}). */
    static Edit nameEdit(String text, ScriptDiagnostic d, String replacement) {
        int start = d.start();
        int end = d.end();
        if (end - start >= 2 && Chars.isQuote(text.charAt(start)) && Chars.isQuote(text.charAt(end - 1))) {
            start++;
            end--;
        }
        return new Edit(start, end, replacement);
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
        int last = i >= 0 ? i : -i - 2; // the last replaced name starting at or before the offset
        if (last < 0) {
            return migrated;
        }
        Edit e = names.get(last);
        int shiftBefore = starts[last] - e.start();
        boolean after = migrated >= starts[last] + e.newText().length();
        return migrated - shiftBefore - (after ? e.newText().length() - (e.end() - e.start()) : 0);
    }
}
