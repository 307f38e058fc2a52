package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import dev.entrals.docs.ParameterHelp;
import dev.entrals.script.CommandArgument;

/**
 * Checks literal arguments against a parameter's {@code [ValidateScript()]} as read ({@link dev.entrals.docs.ValueCheck}):
 * each element of an array on its own, as PowerShell does. Anything that is not a literal is left alone (its value is
 * known only when the script runs).
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
        if (!p.check().checks() || p.isSwitch()) {
            return;
        }
        if (arg.isArray()) {
            arg.elements().forEach(e -> check(p, e, out));
            return;
        }
        if (arg.isLiteral()) {
            p.check().refusal(p.name(), arg.value())
                    .ifPresent(message -> out.add(new Binding.FailedCheck(arg, p, arg.value(), message)));
        }
    }
}
