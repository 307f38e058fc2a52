package dev.entrals.features.hover;

import java.util.List;

import dev.entrals.analysis.Binding;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.features.CallSite;
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
    public static List<ParameterSet> of(CallSite site, CmdletHelp help, CommandInvocation call) {
        if (call.parameters().isEmpty() && call.positional().isEmpty() && call.splats().isEmpty()) {
            return help.parameterSets();
        }
        Binding b = site.binding(call, help);
        return b.boundSet().map(name -> help.parameterSets().stream()
                .filter(s -> s.name().equalsIgnoreCase(name)).toList())
                .filter(l -> !l.isEmpty()).orElse(help.parameterSets());
    }
}
