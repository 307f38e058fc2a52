package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.entrals.docs.CloseNames;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.script.ArgumentKind;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandParameter;

/**
 * The parameter rules over one {@link Binding}: unknown, ambiguous and duplicate names, set conflicts, missing
 * mandatory parameters and invalid values. Conflicts and missing parameters are left out when a splat passes
 * parameters the binding cannot see; missing ones also when an argument or name found no parameter (the one error
 * already reported is likely the missing parameter, mistyped).
 */
final class ParameterRules {

    private ParameterRules() {
    }

    static void check(Binding b, List<ScriptDiagnostic> out) {
        String cmdlet = b.cmdlet().name();
        String uri = b.cmdlet().onlineUri() == null || b.cmdlet().onlineUri().isBlank() ? null : b.cmdlet().onlineUri();
        for (Binding.Named n : b.named()) {
            CommandParameter e = n.element();
            if (e.name().isEmpty()) {
                continue; // a lone dash: a parameter being typed (PowerShell would pass the string "-")
            }
            int end = e.colonForm() ? e.end() - 1 : e.end();
            switch (n.outcome()) {
                case UNKNOWN -> {
                    List<String> close = CloseNames.of(e.name(), names(b.sets().accepted()), 3);
                    out.add(new ScriptDiagnostic(e.start(), end, Rule.UNKNOWN_PARAMETER, Rule.UNKNOWN_PARAMETER
                            .defaultSeverity(), cmdlet + " has no parameter -" + e.name()
                            + (close.isEmpty() ? "" : "; did you mean " + dashed(close, " or ") + "?"), uri, close));
                }
                case AMBIGUOUS -> out.add(new ScriptDiagnostic(e.start(), end, Rule.AMBIGUOUS_PARAMETER,
                        Rule.AMBIGUOUS_PARAMETER.defaultSeverity(), "-" + e.name() + " is ambiguous for " + cmdlet
                        + ": it matches " + dashed(n.candidates(), ", "), uri, n.candidates()));
                case DUPLICATE -> out.add(new ScriptDiagnostic(e.start(), end, Rule.DUPLICATE_PARAMETER,
                        Rule.DUPLICATE_PARAMETER.defaultSeverity(), "-" + n.parameter().name()
                        + " is already bound" + (e.name().equalsIgnoreCase(n.parameter().name()) ? ""
                        : " (-" + e.name() + " is " + (n.match() instanceof dev.entrals.docs.ParameterMatch.Alias
                        ? "an alias" : "an abbreviation") + " of it)") + "; a parameter can be given only once", uri,
                        List.of()));
                default -> { }
            }
        }
        missingArguments(b, uri, out);
        switchValues(b, uri, out);
        if (!b.complete()) {
            return;
        }
        for (Binding.Conflict c : b.conflicts()) {
            CommandParameter e = c.element().element();
            int end = e.colonForm() ? e.end() - 1 : e.end();
            String with = c.with().isEmpty() ? "the parameters before it" : c.with().stream()
                    .map(w -> "-" + w.parameter().name() + " (" + setList(b.sets().setsOf(w.parameter())) + ")")
                    .collect(Collectors.joining(", "));
            out.add(new ScriptDiagnostic(e.start(), end, Rule.PARAMETER_SET_CONFLICT,
                    Rule.PARAMETER_SET_CONFLICT.defaultSeverity(), "-" + c.element().parameter().name() + " ("
                    + setList(c.setsOfElement()) + ") cannot be used with " + with + " in " + cmdlet
                    + ": no parameter set has them all", uri, List.of()));
        }
        positionalArguments(b, uri, out);
        boolean unplaced = b.positional().stream().anyMatch(p -> p.parameter() == null)
                || b.named().stream().anyMatch(n -> n.parameter() == null);
        if (b.boundSet().isPresent() && !b.missingMandatory().isEmpty() && !unplaced) {
            List<String> missing = names(b.missingMandatory());
            String set = b.sets().names().size() > 1 ? " of parameter set " + b.boundSet().get() : "";
            out.add(new ScriptDiagnostic(b.command().nameStart(), b.command().nameEnd(), Rule.MISSING_MANDATORY,
                    Rule.MISSING_MANDATORY.defaultSeverity(), cmdlet + " is missing the mandatory "
                    + (missing.size() == 1 ? "parameter " : "parameters ") + dashed(missing, ", ") + set
                    + "; PowerShell would prompt for " + (missing.size() == 1 ? "it" : "them"), uri, missing));
        }
        for (Binding.InvalidValue v : b.invalidValues()) {
            out.add(new ScriptDiagnostic(v.argument().start(), v.argument().end(), Rule.INVALID_VALUE,
                    Rule.INVALID_VALUE.defaultSeverity(), "'" + v.value() + "' is not an accepted value of -"
                    + v.parameter().name() + "; accepted values: " + String.join(", ", v.parameter().acceptedValues()),
                    uri, v.parameter().acceptedValues()));
        }
        for (Binding.FailedCheck f : b.failedChecks()) {
            out.add(new ScriptDiagnostic(f.argument().start(), f.argument().end(), Rule.FAILED_VALIDATION,
                    Rule.FAILED_VALIDATION.defaultSeverity(), f.message(), uri, List.of()));
        }
    }

    /**
     * A parameter that takes a value and has none: the command ends, or another {@code -Name} follows (PowerShell:
     * "Missing an argument for parameter 'X'. Specify a parameter of type 'T' and try again."). A number written
     * {@code -1} is an argument, not a parameter (the scanner reads it so). Silent when a splat follows the name (what
     * PowerShell then does depends on the splat's contents) and for switches. No fix: the value is the author's to write.
     */
    private static void missingArguments(Binding b, String uri, List<ScriptDiagnostic> out) {
        for (Binding.Named n : b.named()) {
            CommandParameter e = n.element();
            ParameterHelp p = n.parameter();
            if (e.name().isEmpty() || p == null || p.isSwitch() || e.argument() != null
                    || splatRightAfter(b, e.end()) || e.colonForm() && anythingAfter(b, e.end())) {
                continue; // after "-Top:" PowerShell takes the next element as the value, even "-All"
            }
            int end = e.colonForm() ? e.end() - 1 : e.end();
            String type = p.type() == null || p.type().isBlank() ? "" : " of type '" + p.type() + "'";
            out.add(new ScriptDiagnostic(e.start(), end, Rule.MISSING_ARGUMENT, Rule.MISSING_ARGUMENT.defaultSeverity(),
                    "Missing an argument for parameter '" + p.name() + "'. Specify a parameter" + type
                    + " and try again.", uri, List.of()));
        }
    }

    /** Whether the command has an element after {@code offset}. */
    private static boolean anythingAfter(Binding b, int offset) {
        return b.command().parameters().stream().anyMatch(p -> p.start() >= offset)
                || b.command().positional().stream().anyMatch(a -> a.start() >= offset)
                || b.command().splats().stream().anyMatch(s -> s.start() >= offset);
    }

    /** Whether a splat ({@code @params}) is the next element of the command after {@code offset}. */
    private static boolean splatRightAfter(Binding b, int offset) {
        if (b.command().splats().isEmpty()) {
            return false;
        }
        int next = Integer.MAX_VALUE;
        for (CommandParameter p : b.command().parameters()) {
            if (p.start() >= offset) {
                next = Math.min(next, p.start());
            }
        }
        for (CommandArgument a : b.command().positional()) {
            if (a.start() >= offset) {
                next = Math.min(next, a.start());
            }
        }
        for (dev.entrals.script.Splat s : b.command().splats()) {
            if (s.start() >= offset && s.start() < next) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code $true}/{@code $false} written after a switch with a space ({@code -All $true}, the AzureAD habit): it is
     * not the switch's value but a separate positional argument, which PowerShell binds to another parameter (named in
     * the message when the docs say which) or refuses.
     */
    private static void switchValues(Binding b, String uri, List<ScriptDiagnostic> out) {
        Map<CommandArgument, Binding.Named> switches = switchesRightBefore(b);
        for (Binding.Positional p : b.positional()) {
            CommandArgument a = p.argument();
            Binding.Named before = switches.get(a);
            if (before == null) {
                continue;
            }
            String name = "-" + before.parameter().name();
            String value = Boolean.parseBoolean(a.value()) ? "$true" : "$false";
            String fate = p.parameter() != null ? "PowerShell passes it to -" + p.parameter().name()
                    : p.candidates().isEmpty() ? "no parameter takes it by position in the docs, so PowerShell stops"
                    + " with an error or binds it to another parameter"
                    : "PowerShell passes it to another parameter";
            out.add(new ScriptDiagnostic(a.start(), a.end(), Rule.SWITCH_VALUE, Rule.SWITCH_VALUE.defaultSeverity(),
                    name + " is a switch: the " + value + " after it is a separate argument, not its value; " + fate
                    + "; write " + name + ":" + value + (value.equals("$true") ? " or just " + name : ""),
                    uri, switchRewrites(before, a)));
        }
    }

    /**
     * Arguments that no positional parameter of a still possible set takes, as the docs have it (PowerShell: "A
     * positional parameter cannot be found that accepts argument"). Only when every name found its parameter (an
     * unknown or ambiguous name may take the argument after it) and not for a value after a switch (its own rule).
     */
    private static void positionalArguments(Binding b, String uri, List<ScriptDiagnostic> out) {
        if (b.sets().names().isEmpty() || b.named().stream().anyMatch(n -> n.parameter() == null)) {
            return;
        }
        Map<CommandArgument, Binding.Named> switches = switchesRightBefore(b);
        for (Binding.Positional p : b.positional()) {
            CommandArgument a = p.argument();
            if (p.parameter() != null || !p.candidates().isEmpty() || switches.containsKey(a)) {
                continue;
            }
            String shown = a.value() == null || a.value().length() > 40 ? "" : " '" + a.value() + "'";
            out.add(new ScriptDiagnostic(a.start(), a.end(), Rule.POSITIONAL_ARGUMENT,
                    Rule.POSITIONAL_ARGUMENT.defaultSeverity(), "The docs of " + b.cmdlet().name()
                    + " give no positional parameter for the argument" + shown
                    + "; name the parameter it is for (-Name value)", uri, List.of()));
        }
    }

    /**
     * How to write {@code -Switch $true} / {@code -Switch $false} as PowerShell means it, as typed:
     * {@code -Switch:$true} then {@code -Switch} (true), or {@code -Switch:$false}; empty for anything else.
     */
    private static List<String> switchRewrites(Binding.Named before, CommandArgument a) {
        if (before == null || a.kind() != ArgumentKind.BOOLEAN) {
            return List.of();
        }
        String typed = "-" + before.element().name();
        return Boolean.parseBoolean(a.value()) ? List.of(typed + ":$true", typed) : List.of(typed + ":$false");
    }

    /**
     * For each {@code $true}/{@code $false} positional argument, the switch named right before it without a
     * {@code :value} ({@code -All $true} written for AzureAD); one pass over the elements in source order, so a
     * command of many elements stays linear.
     */
    private static Map<CommandArgument, Binding.Named> switchesRightBefore(Binding b) {
        Map<CommandArgument, Binding.Named> out = new IdentityHashMap<>();
        if (b.positional().stream().noneMatch(p -> p.argument().kind() == ArgumentKind.BOOLEAN)) {
            return out;
        }
        List<Binding.Named> byEnd = new ArrayList<>(b.named());
        byEnd.sort(Comparator.comparingInt(n -> n.element().end()));
        List<CommandArgument> byStart = new ArrayList<>(b.positional().size());
        b.positional().forEach(p -> byStart.add(p.argument()));
        byStart.sort(Comparator.comparingInt(CommandArgument::start));
        int next = 0;
        Binding.Named last = null; // the named element ending last at or before the argument
        int previousStart = Integer.MIN_VALUE; // the start of the positional argument before this one
        for (CommandArgument a : byStart) {
            while (next < byEnd.size() && byEnd.get(next).element().end() <= a.start()) {
                last = byEnd.get(next++);
            }
            if (a.kind() == ArgumentKind.BOOLEAN && last != null) {
                boolean adjacent = !(previousStart < a.start() && previousStart >= last.element().end());
                if (adjacent && last.parameter() != null && last.parameter().isSwitch()
                        && !last.element().colonForm()) {
                    out.put(a, last);
                }
            }
            previousStart = a.start();
        }
        return out;
    }

    private static List<String> names(List<ParameterHelp> ps) {
        List<String> out = new ArrayList<>(ps.size());
        ps.forEach(p -> out.add(p.name()));
        return out;
    }

    private static String dashed(List<String> names, String sep) {
        return names.stream().map(n -> "-" + n).collect(Collectors.joining(sep));
    }

    private static String setList(List<String> sets) {
        return (sets.size() == 1 ? "set " : "sets ") + String.join(", ", sets);
    }
}
