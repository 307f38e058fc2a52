package dev.entrals.features.actions;

import dev.entrals.analysis.Rule;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edits that migrate retired cmdlets: each name replaced by its Entra equivalent and, in each migrated call, a
 * {@code $true}/{@code $false} written after what is a switch in the replacement ({@code Get-AzureADUser -All $true}
 * becomes {@code Get-EntraUser -All}; {@code -All $false} becomes {@code -All:$false}), since PowerShell would take
 * the value as a positional argument nobody accepts. The switches are found by analysing the migrated text with the
 * replacement's docs; without its docs only the name changes.
 */
final class MigrationFix {

    /** One replacement in the original text (UTF-16 offsets). */
    record Edit(int start, int end, String newText) {
    }

    /** What migrating {@code retired} (retired-cmdlet diagnostics with a replacement) changes. */
    record Result(List<Edit> names, List<Edit> switches) {

        /** Every edit, in text order. */
        List<Edit> all() {
            List<Edit> out = new ArrayList<>(names);
            out.addAll(switches);
            out.sort(Comparator.comparingInt(Edit::start));
            return out;
        }
    }

    private MigrationFix() {
    }

    static Result of(String text, List<ScriptDiagnostic> retired, ScriptAnalyzer analyzer) {
        List<Edit> names = new ArrayList<>();
        for (ScriptDiagnostic d : retired) {
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
        List<int[]> calls = migratedCalls(doc, names);
        List<Edit> switches = new ArrayList<>();
        for (ScriptDiagnostic p : analyzer.analyze(doc)) {
            if (p.rule() != Rule.SWITCH_VALUE || p.suggestions().isEmpty()
                    || calls.stream().noneMatch(c -> p.start() >= c[0] && p.end() <= c[1])) {
                continue;
            }
            // "-All $true" -> "-All" (the switch alone means true); "-All $false" -> "-All:$false"
            String rewrite = p.suggestions().get(p.suggestions().size() - 1);
            int from = CodeActionProvider.switchStart(migrated, p.start(), rewrite.split(":", 2)[0]);
            if (from >= 0) {
                switches.add(new Edit(original(from, names), original(p.end(), names), rewrite));
            }
        }
        return new Result(List.copyOf(names), List.copyOf(switches));
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

    private static String apply(String text, List<Edit> sorted) {
        StringBuilder b = new StringBuilder(text.length() + 16 * sorted.size());
        int at = 0;
        for (Edit e : sorted) {
            b.append(text, at, e.start()).append(e.newText());
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** The ranges (in the migrated text) of the calls whose name was replaced. */
    private static List<int[]> migratedCalls(ScriptDocument doc, List<Edit> names) {
        List<int[]> out = new ArrayList<>();
        int delta = 0;
        List<Integer> starts = new ArrayList<>();
        for (Edit e : names) {
            starts.add(e.start() + delta);
            delta += e.newText().length() - (e.end() - e.start());
        }
        for (CommandInvocation c : doc.commands()) {
            for (int s : starts) {
                if (s >= c.nameStart() && s < c.nameEnd()) {
                    out.add(new int[] {c.start(), c.end()});
                }
            }
        }
        return out;
    }

    /** An offset of the migrated text, outside the replaced names, in the original text. */
    private static int original(int migrated, List<Edit> names) {
        int delta = 0;
        for (Edit e : names) {
            int newEnd = e.start() + delta + e.newText().length();
            if (newEnd > migrated) {
                break;
            }
            delta += e.newText().length() - (e.end() - e.start());
        }
        return migrated - delta;
    }
}
