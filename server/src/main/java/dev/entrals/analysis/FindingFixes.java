package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.entrals.docs.CloseNames;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.ScriptDocument;

/**
 * The fixes of the parameter findings, each marked safe or not: only safe fixes go into the fix-all
 * ({@code source.fixAll}) and {@code entra-ls check --fix}; the others are quick fixes the author picks.
 * <ul>
 * <li>{@code unknown-parameter}, {@code ambiguous-parameter}: "Replace -Filtr with -Filter" per suggestion; safe when
 * there is exactly one;</li>
 * <li>{@code duplicate-parameter}: remove the second {@code -Name} and its value; safe when its value is written
 * exactly as the first one's (else the author decides which value stays);</li>
 * <li>{@code invalid-value}: replace the value with each close accepted value; safe when exactly one is close;</li>
 * <li>{@code missing-mandatory}: insert {@code -Name } placeholders for the missing parameters at the end of the
 * command; never safe (the values are the author's to write, and the placeholders are themselves missing
 * arguments);</li>
 * <li>{@code unknown-command}: replace the name with each close name; safe when there is exactly one and it is a
 * typo (at most {@value UnknownCommand#TYPO} edits) of the name written;</li>
 * <li>{@code missing-argument}: none.</li>
 * </ul>
 * Retired cmdlets and switch values keep their fixes in {@link MigrationFix}.
 */
public final class FindingFixes {

    /**
     * One fix: its title, edits (in text order), whether it is safe to apply unseen, and whether it is preferred;
     * {@code snippet}, when not null, is the text of its one edit as an LSP snippet (tab stops {@code $1}, {@code $2}
     * where the author writes values), for clients that apply snippet edits.
     */
    public record Fix(String title, List<MigrationFix.Edit> edits, boolean safe, boolean preferred, String snippet) {
        public Fix {
            edits = List.copyOf(edits);
        }

        /** A fix without a snippet form. */
        public Fix(String title, List<MigrationFix.Edit> edits, boolean safe, boolean preferred) {
            this(title, edits, safe, preferred, null);
        }
    }

    private FindingFixes() {
    }

    /** The fixes of {@code d}, found in {@code script} by {@code analyzer}; empty when it has none. */
    public static List<Fix> of(ScriptDocument script, ScriptDiagnostic d, ScriptAnalyzer analyzer) {
        String text = script.text();
        List<Fix> out = new ArrayList<>();
        switch (d.rule()) {
            case UNKNOWN_PARAMETER, AMBIGUOUS_PARAMETER -> {
                String typed = text.substring(d.start(), d.end());
                boolean one = d.suggestions().size() == 1;
                for (int i = 0; i < d.suggestions().size(); i++) {
                    String name = "-" + d.suggestions().get(i);
                    out.add(new Fix("Replace " + typed + " with " + name,
                            List.of(new MigrationFix.Edit(d.start(), d.end(), name)), one,
                            i == 0 && d.rule() == Rule.UNKNOWN_PARAMETER));
                }
            }
            case UNKNOWN_COMMAND -> {
                String typed = text.substring(d.start(), d.end());
                for (int i = 0; i < d.suggestions().size(); i++) {
                    String name = d.suggestions().get(i);
                    out.add(new Fix("Replace " + typed + " with " + name, List.of(MigrationFix.nameEdit(text, d, name)),
                            d.suggestions().size() == 1 && typo(typed, name), i == 0));
                }
            }
            case DUPLICATE_PARAMETER -> binding(script, d, analyzer).ifPresent(b -> duplicate(text, b, d, out));
            case INVALID_VALUE -> binding(script, d, analyzer).ifPresent(b -> invalidValue(text, b, d, out));
            case MISSING_MANDATORY -> {
                if (!d.suggestions().isEmpty()) {
                    commandNamedAt(script, d.start()).ifPresent(c -> out.add(new Fix("Add " + String.join(", ",
                            d.suggestions().stream().map(n -> "-" + n).toList()), List.of(new MigrationFix.Edit(
                            c.end(), c.end(), placeholders(text, c, d.suggestions()))), false, false,
                            snippet(text, c, d.suggestions()))));
                }
            }
            case MISSING_SCOPE -> out.addAll(ScopeFindings.fixes(script, d, analyzer.scopes()));
            default -> { }
        }
        return out;
    }

    /** Every safe fix of {@code found} (one per finding, the first safe one), in text order, none overlapping. */
    public static List<MigrationFix.Edit> safeEdits(ScriptDocument script, List<ScriptDiagnostic> found,
                                                    ScriptAnalyzer analyzer, List<MigrationFix.Edit> taken) {
        List<MigrationFix.Edit> out = new ArrayList<>();
        for (ScriptDiagnostic d : found) {
            for (Fix f : of(script, d, analyzer)) {
                if (f.safe()) {
                    boolean clear = f.edits().stream().noneMatch(e -> overlaps(e, out) || overlaps(e, taken));
                    if (clear) {
                        out.addAll(f.edits());
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the command name {@code typed} is a typo of {@code name} (at most {@value UnknownCommand#TYPO} edits):
     * only then is the rename safe unseen. A name further away ({@code Get-EntraHelperX} and {@code Get-EntraUser}) is
     * more likely a function the check cannot see (another file, a module) than a misspelling.
     */
    private static boolean typo(String typed, String name) {
        String t = typed.replace("'", "").replace("\"", "").toLowerCase(java.util.Locale.ROOT);
        return CloseNames.distance(t, name.toLowerCase(java.util.Locale.ROOT)) <= UnknownCommand.TYPO;
    }

    private static boolean overlaps(MigrationFix.Edit e, List<MigrationFix.Edit> others) {
        return others.stream().anyMatch(o -> o.start() < e.end() && e.start() < o.end()
                || o.start() == e.start() && o.end() == e.end());
    }

    private static void duplicate(String text, Binding b, ScriptDiagnostic d, List<Fix> out) {
        Binding.Named second = null;
        for (Binding.Named n : b.named()) {
            if (n.element().start() == d.start() && n.outcome() == Binding.Outcome.DUPLICATE) {
                second = n;
            }
        }
        if (second == null) {
            return;
        }
        Binding.Named first = null;
        for (Binding.Named n : b.named()) {
            if (n.outcome() == Binding.Outcome.BOUND && first == null
                    && n.parameter().name().equalsIgnoreCase(second.parameter().name())) {
                first = n;
            }
        }
        CommandParameter e = second.element();
        int end = e.argument() != null ? e.argument().end() : e.end();
        int start = e.start();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        if (start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r') {
            start = e.start(); // on a line of its own: keep the indentation, drop the spaces after it instead
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
        }
        String value = e.argument() == null ? "" : e.argument().text(text);
        boolean same = first != null && (first.element().argument() == null ? value.isEmpty()
                : first.element().argument().text(text).equals(value));
        String what = "Remove the second -" + e.name() + (value.isEmpty() ? "" : " " + shorten(value));
        out.add(new Fix(what, List.of(new MigrationFix.Edit(start, end, "")), same, true));
    }

    private static void invalidValue(String text, Binding b, ScriptDiagnostic d, List<Fix> out) {
        for (Binding.InvalidValue v : b.invalidValues()) {
            CommandArgument a = v.argument();
            if (a.start() != d.start() || a.end() != d.end()) {
                continue;
            }
            String written = a.text(text);
            int at = written.indexOf(v.value());
            if (at < 0 || written.indexOf(v.value(), at + 1) >= 0) {
                return; // the value is not written as such (escapes) or more than once: no one correct edit
            }
            List<String> close = CloseNames.of(v.value(), v.parameter().acceptedValues(), 3);
            for (int i = 0; i < close.size(); i++) {
                String value = close.get(i);
                boolean bare = !written.startsWith("'") && !written.startsWith("\"");
                if (bare && !value.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_'
                        || ch == '.')) {
                    continue; // a bareword cannot take this value without quotes
                }
                out.add(new Fix("Replace '" + v.value() + "' with '" + value + "'", List.of(new MigrationFix.Edit(
                        a.start() + at, a.start() + at + v.value().length(), value)), close.size() == 1, i == 0));
            }
            return;
        }
    }

    /** {@code -A -B } after the command's last element, on its line (a space first unless there is one). */
    private static String placeholders(String text, CommandInvocation c, List<String> names) {
        String space = c.end() == 0 || !Character.isWhitespace(text.charAt(c.end() - 1)) ? " " : "";
        return space + String.join(" ", names.stream().map(n -> "-" + n).toList()) + " ";
    }

    /**
     * The placeholders as a snippet: an empty tab stop after each name ({@code -Id $1 -Name $2}), so the author tabs
     * from value to value; a value left unwritten stays a visible {@code missing-argument} rather than a made-up
     * placeholder value that would bind silently.
     */
    private static String snippet(String text, CommandInvocation c, List<String> names) {
        String space = c.end() == 0 || !Character.isWhitespace(text.charAt(c.end() - 1)) ? " " : "";
        StringBuilder b = new StringBuilder(space);
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : " ").append('-').append(names.get(i).replace("\\", "\\\\").replace("$", "\\$")
                    .replace("}", "\\}")).append(" $").append(i + 1);
        }
        return b.toString();
    }

    private static Optional<Binding> binding(ScriptDocument script, ScriptDiagnostic d, ScriptAnalyzer analyzer) {
        CommandInvocation inner = null; // the innermost command holding the finding (not an outer one's argument)
        for (CommandInvocation c : script.commands()) {
            if (c.start() <= d.start() && d.end() <= c.end() && c.name() != null && !c.name().isBlank()
                    && (inner == null || c.start() >= inner.start())) {
                inner = c;
            }
        }
        if (inner == null) {
            return Optional.empty();
        }
        CommandInvocation c = inner;
        return analyzer.index().find(c.name()).filter(CmdletHelp::hasHelp).map(help -> analyzer.binder().bind(c,
                help, ParameterBinder.receivesPipelineInput(script.text(), c)));
    }

    private static Optional<CommandInvocation> commandNamedAt(ScriptDocument script, int nameStart) {
        return script.commands().stream().filter(c -> c.nameStart() == nameStart && c.name() != null).findFirst();
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 27) + "…" : s;
    }
}
