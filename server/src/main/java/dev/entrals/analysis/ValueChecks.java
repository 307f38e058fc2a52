package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ValueCheck;
import dev.entrals.script.CommandArgument;

/**
 * Checks literal arguments against a parameter's validation attributes as read ({@link ValueCheck}): the first that
 * refuses, in the code's order. An array is checked as PowerShell does: element by element (the finding spans the
 * element refused), and as a collection by {@code [ValidateNotNullOrEmpty()]}. Anything that is not a literal is left
 * alone (its value is known only when the script runs).
 */
final class ValueChecks {

    private ValueChecks() {
    }

    static List<Binding.FailedCheck> check(List<Binding.Named> named, List<Binding.Positional> positional) {
        List<Binding.FailedCheck> out = new ArrayList<>();
        eachArgument(named, positional, (p, arg) -> check(p, arg, out));
        return out;
    }

    /** Calls {@code check} with each argument bound to a parameter, named or positional, in that order. */
    static void eachArgument(List<Binding.Named> named, List<Binding.Positional> positional,
                             BiConsumer<ParameterHelp, CommandArgument> check) {
        for (Binding.Named n : named) {
            if (n.parameter() != null && n.element().argument() != null) {
                check.accept(n.parameter(), n.element().argument());
            }
        }
        for (Binding.Positional p : positional) {
            if (p.parameter() != null) {
                check.accept(p.parameter(), p.argument());
            }
        }
    }

    private static void check(ParameterHelp p, CommandArgument arg, List<Binding.FailedCheck> out) {
        if (p.checks().isEmpty() || p.isSwitch()) {
            return;
        }
        for (ValueCheck c : p.checks()) {
            Optional<Binding.FailedCheck> failed = failure(c, p, arg);
            if (failed.isPresent()) {
                out.add(failed.get());
                return;
            }
        }
    }

    /**
     * How {@code c} refuses {@code arg}: an array's first literal element it refuses (the finding spans that element),
     * else the array as a whole when all of it is literal (an empty one), else a literal on its own.
     */
    private static Optional<Binding.FailedCheck> failure(ValueCheck c, ParameterHelp p, CommandArgument arg) {
        if (arg.isArray()) {
            for (CommandArgument e : arg.elements()) {
                Object v = value(e);
                Optional<String> refused = v == null ? Optional.empty() : c.refusal(p.name(), v);
                if (refused.isPresent()) {
                    return Optional.of(new Binding.FailedCheck(e, p, e.value(), refused.get()));
                }
            }
        }
        Object value = value(arg);
        return value == null ? Optional.empty() : c.refusal(p.name(), value)
                .map(message -> new Binding.FailedCheck(arg, p, arg.value(), message));
    }

    /** A literal's value (an array's as a list of texts), or null when any part is not a literal. */
    private static Object value(CommandArgument arg) {
        if (arg.isArray()) {
            List<Object> values = new ArrayList<>();
            for (CommandArgument e : arg.elements()) {
                Object v = value(e);
                if (v == null) {
                    return null;
                }
                values.add(v);
            }
            return values;
        }
        return arg.isLiteral() ? arg.value() : null;
    }
}
