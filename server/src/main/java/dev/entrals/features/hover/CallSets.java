package dev.entrals.features.hover;

import java.util.List;

import dev.entrals.analysis.Binding;
import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.features.CallBindings;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandInvocation;

/**
 * The parameter sets to show for a call: the one it binds to (the binder's), or every set while the call is
 * undecided, conflicting, or passes nothing yet (a bare name has chosen nothing, though PowerShell would take the
 * default set).
 */
public final class CallSets {

    private CallSets() {
    }

    /** The sets to show for {@code call} of {@code view} calling {@code help}. */
    public static List<ParameterSet> of(ScriptView view, ParameterBinder binder, CmdletHelp help, CommandInvocation call) {
        if (call.parameters().isEmpty() && call.positional().isEmpty() && call.splats().isEmpty()) {
            return help.parameterSets();
        }
        Binding b = CallBindings.of(view, binder, call, help);
        return b.boundSet().map(name -> help.parameterSets().stream()
                .filter(s -> s.name().equalsIgnoreCase(name)).toList())
                .filter(l -> !l.isEmpty()).orElse(help.parameterSets());
    }
}
